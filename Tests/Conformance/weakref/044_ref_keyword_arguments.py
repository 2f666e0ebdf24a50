# checks ref() refuses keyword arguments
import weakref
class A:
    pass
a = A()
print(weakref.ref(a, None)() is a)
weakref.ref(a, callback=None)
