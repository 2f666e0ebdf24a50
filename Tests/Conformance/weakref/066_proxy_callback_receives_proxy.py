# checks a proxy's callback receives the (dead) proxy
import weakref
class A:
    pass
def cb(proxy):
    print("callback got proxy:", proxy is p, type(proxy).__name__)
    try:
        proxy.x
    except ReferenceError as e:
        print(e)
a = A()
p = weakref.proxy(a, cb)
del a
