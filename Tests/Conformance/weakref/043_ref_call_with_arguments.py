# checks calling a ref with arguments raises TypeError
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a)
r(1)
