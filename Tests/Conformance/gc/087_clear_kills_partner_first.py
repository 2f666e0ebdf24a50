# checks delete_garbage order: clearing one member kills its partner before the member itself
import gc
import weakref
gc.disable()
refs = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        refs.append(weakref.ref(self, lambda r, n=self.name: print("dead", n)))
a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collect")
gc.collect()
print("done", len(refs))
