# checks a weakref that is itself garbage (held by another dead cycle) gets no callback
import gc
import weakref
gc.disable()
class Node:
    pass
class Holder:
    pass
target = Node()
target.me = target
holder = Holder()
holder.me = holder
holder.wr = weakref.ref(target, lambda r: print("never"))
del target, holder
gc.collect()
print("end")
