# checks the repr of a live and a dead finalizer
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, "bye")
print(repr(f).startswith("<finalize object at 0x"), "for 'Resource' at 0x" in repr(f))
print(f)
del r
print(f)
