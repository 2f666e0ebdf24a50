# checks an exception in a finalizer is reported and the program continues
import weakref
class Resource:
    pass
def boom():
    raise RuntimeError("finalizer failed")
r = Resource()
weakref.finalize(r, boom)
del r
print("program continues")
