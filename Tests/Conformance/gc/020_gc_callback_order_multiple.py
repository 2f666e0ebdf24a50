# checks the order of callbacks for weakrefs to several garbage objects
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
a, b = Node("a"), Node("b")
a.o, b.o = b, a
ra = weakref.ref(a, lambda r: print("callback a"))
rb = weakref.ref(b, lambda r: print("callback b"))
del a, b
gc.collect()
print("end")
