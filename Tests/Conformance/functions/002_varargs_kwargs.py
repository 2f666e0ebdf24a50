# checks *args and **kwargs collection
def f(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
f()
f(1, 2)
f(a=1)
f(1, *[2, 3], b=4, **{"c": 5})
