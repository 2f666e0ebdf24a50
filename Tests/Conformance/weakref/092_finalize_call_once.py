# checks calling a finalizer runs it once and returns the function's result
import weakref
class Resource:
    pass
def cleanup(x):
    print("cleanup", x)
    return x * 2
r = Resource()
f = weakref.finalize(r, cleanup, 21)
print(f())
print(f(), f.alive)
del r
print("object died, no second run")
