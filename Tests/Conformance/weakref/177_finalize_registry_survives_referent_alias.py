# checks a finalizer runs only when the last alias of the object dies
import weakref
class Resource:
    pass
r = Resource()
alias = r
f = weakref.finalize(r, print, "finalized")
del r
print("alias keeps it alive:", f.alive)
del alias
print("alive:", f.alive)
