# checks __callback__ cannot be assigned
import weakref
class A:
    pass
a = A()
r = weakref.ref(a, lambda x: None)
print(callable(r.__callback__))
r.__callback__ = None
