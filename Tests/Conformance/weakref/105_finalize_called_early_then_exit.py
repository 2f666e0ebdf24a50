# checks a finalizer called explicitly does not run again at exit
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, "cleanup")
f()
print("alive after call:", f.alive)
print("end of program")
