# checks the type of refs and weakref.ReferenceType
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(type(r), type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(isinstance(r, weakref.ref), type(r).__name__)
