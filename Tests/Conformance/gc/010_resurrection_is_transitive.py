# checks a resurrected object keeps the rest of its cycle alive
import gc
import weakref
gc.disable()
saved = None
class A:
    def __del__(self):
        global saved
        print("A.__del__")
        saved = self
class B:
    def __del__(self):
        print("B.__del__")
a, b = A(), B()
a.b, b.a = b, a
rb = weakref.ref(b)
del a, b
gc.collect()
print("b reachable through saved:", saved.b is not None, "weakref to b:", rb())
