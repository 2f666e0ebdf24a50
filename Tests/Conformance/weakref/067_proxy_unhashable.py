# checks proxies are unhashable
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
print(hash(a) == hash(a))
hash(p)
