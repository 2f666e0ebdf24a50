# checks a callback does not run when the weakref is itself part of the garbage
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
n.wr = weakref.ref(n, lambda ref: print("never printed"))
del n
gc.collect()
print("no callback ran")
