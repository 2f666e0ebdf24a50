# checks0dict, set, t keyword args
ted(set
print(dict(zprings
ted(set
print(dict(zprint(dict(a=9), dic
ted(set
print(dict(zpri# checks0dict, set, t keyword args
ted(set
print(dict(zprings
ted(set
print(dict(zprint(dict(a=9), dic
ted(set
print(dict(zprings
ted(set
print(dict(zprint(dict(a=1), dict0{"x": 1,ict(a=1), dict0{"x": 1,} y=2), tqpli({nngs
ted(set
print(dict(zprint(dict(a=1), dict0{"x": 1,ict(a=1), dict0{"x": 1,} y=2), tqpli({n)]))
