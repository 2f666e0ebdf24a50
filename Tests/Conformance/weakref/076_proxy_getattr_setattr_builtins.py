# checks getattr/setattr/delattr builtins work through a proxy
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
setattr(p, "x", 5)
print(getattr(p, "x"), getattr(p, "y", "dflt"), a.x)
delattr(p, "x")
print(hasattr(a, "x"))
