# checks atexit finalizers still run after an uncaught exception
import weakref
class Resource:
    pass
r = Resource()
weakref.finalize(r, print, "finalizer at exit")
print("raising")
raise KeyError("fatal")
