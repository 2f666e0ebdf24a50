# checks a finalizer that frees a later, not yet finalized member runs that member's __del__ nested
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "a":
            self.child.back = None
            self.child = None
            print("a done")
a = Node("a")
b = Node("b")
c = Node("c")
a.child = b
b.back = a
b.ring = c
c.ring = b
c.ring = None
c.back = a
a.other = c
del a, b, c
gc.collect()
print("done")
