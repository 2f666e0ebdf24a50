# checks import inside a function binds a local name
def f():
    import weakref
    return weakref.ref
print(callable(f()))
import json
