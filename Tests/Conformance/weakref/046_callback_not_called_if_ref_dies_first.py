# checks a callback does not run when the weak reference dies before its referent
import weakref
class A:
    pass
a = A()
r = weakref.ref(a, lambda ref: print("never printed"))
del r
del a
print("no callback ran")
