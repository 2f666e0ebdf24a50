# checks ref(obj) without a callback returns the same object each time
import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, None)
print(r1 is r2, r1 is r3)
c1 = weakref.ref(a, lambda r: None)
c2 = weakref.ref(a, lambda r: None)
print(c1 is r1, c1 is c2, weakref.getweakrefcount(a))
