# checks a finalizer runs among weakref callbacks in newest-first order
import weakref
class Resource:
    pass
r = Resource()
w1 = weakref.ref(r, lambda x: print("ref callback made first"))
f = weakref.finalize(r, print, "finalizer made second")
w3 = weakref.ref(r, lambda x: print("ref callback made third"))
del r
