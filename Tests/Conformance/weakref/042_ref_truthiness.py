# checks a ref object is truthy alive or dead
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(bool(r), bool(r()))
del a
print(bool(r), bool(r()))
