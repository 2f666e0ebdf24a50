# checks a weakref held by a live object to cycle garbage gets its callback
import gc
import weakref
gc.disable()
class Node:
    pass
class Watcher:
    pass
w = Watcher()
n = Node()
n.me = n
w.ref = weakref.ref(n, lambda r: print("watcher's callback ran"))
del n
gc.collect()
print(w.ref())
