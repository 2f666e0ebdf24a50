# checks weak references to proxy objects are refused
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
weakref.ref(p)
