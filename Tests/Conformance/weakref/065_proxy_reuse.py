# checks proxy(obj) without a callback is shared and counted once
import weakref
class A:
    pass
a = A()
p1 = weakref.proxy(a)
p2 = weakref.proxy(a)
p3 = weakref.proxy(a, lambda p: None)
r = weakref.ref(a)
print(p1 is p2, p1 is p3, weakref.getweakrefcount(a))
