# checks calling a proxy to a non-callable object raises TypeError
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
p()
