# checks a callback cannot reach the dead object through its reference
import weakref
class A:
    def __init__(self):
        self.value = 42
def cb(ref):
    print("ref() in callback:", ref())
a = A()
r = weakref.ref(a, cb)
a = None
