# checks a new basic ref is created after the shared one died
import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a)
print(weakref.getweakrefcount(a))
del r1
print(weakref.getweakrefcount(a))
r2 = weakref.ref(a)
print(weakref.getweakrefcount(a), r2() is a)
