# checks gc.collect() leaves reachable objects alone
import gc
import weakref
class Node:
    pass
a = Node()
a.me = a
r = weakref.ref(a)
gc.collect()
print(r() is a)
del a
gc.collect()
print(r())
