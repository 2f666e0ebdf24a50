# checks every weak reference is cleared before the first callback runs
import weakref
class A:
    pass
a = A()
def first(ref):
    print("first callback sees other dead:", other() is None, "basic dead:", basic() is None)
basic = weakref.ref(a)
other = weakref.ref(a, lambda ref: print("other callback"))
r = weakref.ref(a, first)
del a
