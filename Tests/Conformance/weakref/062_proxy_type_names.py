# checks type() of proxies and callable proxies
import weakref
class A:
    pass
def f():
    pass
a = A()
p = weakref.proxy(a)
cp = weakref.proxy(f)
print(type(p), type(cp))
print(type(p) is weakref.ProxyType, type(cp) is weakref.CallableProxyType)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
