# checks the report of a callback's exception ends with the exception line
import weakref
class A:
    pass
def cb(ref):
    return 1 / 0
a = A()
r = weakref.ref(a, cb)
del a
print("continues after ignored exception")
