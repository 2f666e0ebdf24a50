# checks a WeakKeyDictionary entry whose key is cycle garbage vanishes after collect
import gc
import weakref
gc.disable()
class Node:
    pass
d = weakref.WeakKeyDictionary()
n = Node()
n.me = n
d[n] = "value"
del n
print(len(d))
gc.collect()
print(len(d))
