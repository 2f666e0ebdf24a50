# checks a cycle whose members all resurrect survives and is not finalized again
import gc
import weakref
gc.disable()
survivors = []
class Node:
    def __del__(self):
        survivors.append(self)
a, b = Node(), Node()
a.o, b.o = b, a
ra = weakref.ref(a)
del a, b
gc.collect()
print(len(survivors), ra())
survivors.clear()
gc.collect()
print(len(survivors))
