# checks == between two proxies and between a proxy and the object
import weakref
class A:
    pass
a, b = A(), A()
pa, pb = weakref.proxy(a), weakref.proxy(b)
print(pa == pa, pa == pb, pa == a, a == pa, pa != pb)
