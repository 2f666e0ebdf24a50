# checks gc.enable() alone does not free an existing cycle
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
r = weakref.ref(n)
del n
gc.enable()
print("after enable:", r() is not None)
gc.collect()
print("after collect:", r())
