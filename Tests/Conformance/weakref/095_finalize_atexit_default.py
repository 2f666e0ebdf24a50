# checks the atexit attribute defaults to True and can be changed
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, "finalizer ran")
print(f.atexit)
f.atexit = False
print(f.atexit)
print("end")
