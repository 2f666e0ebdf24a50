# checks calls with keyword arguments and starred unpacking at the call site
def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))
print(f(1, 2))
print(f(1, b=5))
print(f(*[1, 2, 3, 4]))
print(f(1, *(2,), **{"z": 1, "y": 2}))
print(f(**{"a": 9, "b": 8, "c": 7}))
