# checks two refs sharing one callback function are both distinct and both called
import weakref
class A:
    pass
calls = []
def cb(ref):
    calls.append(ref)
a = A()
r1 = weakref.ref(a, cb)
r2 = weakref.ref(a, cb)
print(r1 is r2, weakref.getweakrefcount(a))
del a
print(len(calls), calls[0] is r2, calls[1] is r1)
