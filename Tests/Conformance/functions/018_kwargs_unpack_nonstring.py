# checks positional-only style usage: keyword arguments after **
def f(a, b, **rest):
    return a, b, sorted(rest)
print(f(b=1, a=2, z=3, y=4))
print(f(1, **{"b": 2}))
