# checks __weakref__ is None before any ref and the first ref afterwards
import weakref
class A:
    pass
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
