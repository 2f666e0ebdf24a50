# checks a cycle through __slots__ attributes is collected
import gc
import weakref
gc.disable()
class Node:
    __slots__ = ("other", "__weakref__")
    def __del__(self):
        print("Node.__del__")
a, b = Node(), Node()
a.other, b.other = b, a
r = weakref.ref(a)
del a, b
print(r() is not None)
gc.collect()
print(r())
