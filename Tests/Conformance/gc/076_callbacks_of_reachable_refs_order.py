# checks the order of callbacks when several reachable refs point into one cycle
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
r1 = weakref.ref(n, lambda r: print("r1"))
r2 = weakref.ref(n, lambda r: print("r2"))
r3 = weakref.ref(n, lambda r: print("r3"))
del n
gc.collect()
