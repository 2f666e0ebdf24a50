# checks callbacks of a ref subclass receive the subclass instance
import weakref
class Tagged(weakref.ref):
    pass
class A:
    pass
def cb(ref):
    print("callback with", type(ref).__name__, ref())
a = A()
t = Tagged(a, cb)
del a
print("end")
