# checks a finalizer with atexit=False does not run at exit
import weakref
class Resource:
    pass
r1 = Resource()
r2 = Resource()
f1 = weakref.finalize(r1, print, "r1 finalized at exit")
f2 = weakref.finalize(r2, print, "r2 finalized at exit")
f2.atexit = False
print("end of program")
