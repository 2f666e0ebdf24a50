# checks a garbage weakref's callback is dropped even if the callback is a global function
import gc
import weakref
gc.disable()
def cb(ref):
    print("never")
class Node:
    pass
a, b = Node(), Node()
a.o, b.o = b, a
a.wr = weakref.ref(b, cb)
del a, b
gc.collect()
print("end")
