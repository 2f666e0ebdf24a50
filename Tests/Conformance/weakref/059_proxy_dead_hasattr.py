# checks hasattr on a dead proxy raises ReferenceError rather than returning False
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
print(hasattr(p, "missing"))
del a
hasattr(p, "anything")
