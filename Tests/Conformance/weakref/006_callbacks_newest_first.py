# checks callbacks run newest reference first
import weakref
class A:
    pass
a = A()
refs = [weakref.ref(a, lambda r, n=n: print("callback", n)) for n in range(4)]
basic = weakref.ref(a)
print("deleting")
del a
print("done")
