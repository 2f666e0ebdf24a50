# checks isinstance and __class__ through a proxy
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
print(isinstance(p, A), p.__class__ is A, type(p) is A, isinstance(p, weakref.ProxyType))
