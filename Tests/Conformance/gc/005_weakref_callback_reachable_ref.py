# checks a callback runs during collection when the weakref itself is reachable
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
r = weakref.ref(n, lambda ref: print("callback during collect, ref dead:", ref() is None))
del n
print("collecting")
gc.collect()
print("done")
