# checks a detached finalizer does not run when its object dies, and a second finalizer still does
import weakref
class Resource:
    pass
r = Resource()
f1 = weakref.finalize(r, print, "first")
f2 = weakref.finalize(r, print, "second")
f1.detach()
del r
print(f1.alive, f2.alive)
