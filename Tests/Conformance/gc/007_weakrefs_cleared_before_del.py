# checks weakrefs to garbage are cleared and their callbacks run before __del__
import gc
import weakref
gc.disable()
class Node:
    def __del__(self):
        print("__del__: weakref already dead?", r() is None)
n = Node()
n.me = n
r = weakref.ref(n, lambda ref: print("callback"))
del n
gc.collect()
