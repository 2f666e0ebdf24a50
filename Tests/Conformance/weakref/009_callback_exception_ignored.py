# checks an exception in a callback is reported and the other callbacks still run
import weakref
class A:
    pass
def bad(ref):
    print("bad callback")
    raise ValueError("in callback")
def good(ref):
    print("good callback")
a = A()
r1 = weakref.ref(a, good)
r2 = weakref.ref(a, bad)
del a
print("program continues")
