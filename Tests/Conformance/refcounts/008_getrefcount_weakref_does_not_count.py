# checks weak references do not add to the reference count
import sys
import weakref
class Obj:
    pass
o = Obj()
before = sys.getrefcount(o)
r = weakref.ref(o)
p = weakref.proxy(o)
print(before, sys.getrefcount(o), sys.getrefcount(r))
