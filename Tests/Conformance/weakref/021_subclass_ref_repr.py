# checks the repr of a ref subclass instance
import weakref
class MyRef(weakref.ref):
    pass
class A:
    pass
a = A()
r = MyRef(a)
print(r)
del a
print(r)
