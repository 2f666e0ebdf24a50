# checks a finalizer that ran because its object died does not run again at exit
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, "finalizer ran once")
del r
print("end of program, alive:", f.alive)
