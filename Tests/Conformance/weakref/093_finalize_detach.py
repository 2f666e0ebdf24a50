# checks detach returns (obj, func, args, kwargs) and prevents the call
import weakref
class Resource:
    pass
def cleanup(*args, **kwargs):
    print("never", args, kwargs)
r = Resource()
f = weakref.finalize(r, cleanup, 1, k=2)
obj, func, args, kwargs = f.detach()
print(obj is r, func is cleanup, args, kwargs, f.alive)
print(f.detach(), f.peek())
del r, obj
print("no cleanup ran")
