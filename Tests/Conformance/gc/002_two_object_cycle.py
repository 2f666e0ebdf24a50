# checks a two-object cycle is only reclaimed by gc.collect()
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra, rb = weakref.ref(a), weakref.ref(b)
del a, b
print(ra() is not None, rb() is not None)
gc.collect()
print(ra(), rb())
