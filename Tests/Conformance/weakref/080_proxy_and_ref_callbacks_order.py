# checks proxy and ref callbacks run newest first together
import weakref
class A:
    pass
a = A()
r = weakref.ref(a, lambda x: print("ref callback"))
p = weakref.proxy(a, lambda x: print("proxy callback"))
r2 = weakref.ref(a, lambda x: print("second ref callback"))
del a
