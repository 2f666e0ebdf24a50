# checks a weakref inside garbage to a live object dies silently with the garbage
import gc
import weakref
gc.disable()
class Node:
    pass
class Live:
    pass
live = Live()
n = Node()
n.me = n
n.ref = weakref.ref(live, lambda r: print("never"))
print(weakref.getweakrefcount(live))
del n
gc.collect()
print(weakref.getweakrefcount(live))
del live
print("end")
