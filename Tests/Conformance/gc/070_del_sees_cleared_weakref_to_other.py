# checks __del__ during collection sees weakrefs to fellow garbage already cleared
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees partner ref:", self.partner_ref())
a, b = Node("a"), Node("b")
a.o, b.o = b, a
a.partner_ref = weakref.ref(b)
b.partner_ref = weakref.ref(a)
del a, b
gc.collect()
