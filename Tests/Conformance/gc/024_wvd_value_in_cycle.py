# checks a WeakValueDictionary entry for a cycle member vanishes after gc.collect()
import gc
import weakref
gc.disable()
class Node:
    pass
cache = weakref.WeakValueDictionary()
n = Node()
n.me = n
cache["n"] = n
del n
print(len(cache), "n" in cache)
gc.collect()
print(len(cache), "n" in cache)
