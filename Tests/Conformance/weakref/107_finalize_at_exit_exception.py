# checks an exception in an atexit finalizer is reported at exit and status stays 0
import weakref
class Resource:
    pass
def fail():
    raise ValueError("at exit")
r = Resource()
weakref.finalize(r, fail)
print("end of program")
