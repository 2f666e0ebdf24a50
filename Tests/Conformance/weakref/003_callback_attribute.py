# checks __callback__ is the callback or None, and None after death
import weakref
class A:
    pass
def cb(r):
    print("cb ran")
a = A()
plain = weakref.ref(a)
with_cb = weakref.ref(a, cb)
print(plain.__callback__, with_cb.__callback__ is cb)
del a
print(with_cb.__callback__)
