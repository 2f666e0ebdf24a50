# checks weak references to weakref objects are refused
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
weakref.ref(r)
