# checks a finalizer attached to a cycle member runs during gc.collect()
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
f = weakref.finalize(n, print, "finalizer ran")
del n
print("alive:", f.alive)
gc.collect()
print("alive:", f.alive)
