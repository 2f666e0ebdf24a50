# checks a __del__ that breaks its own cycle lets the object be freed
import gc
import weakref
gc.disable()
class Node:
    def __del__(self):
        print("breaking cycle")
        self.me = None
n = Node()
n.me = n
r = weakref.ref(n)
del n
gc.collect()
print(r())
