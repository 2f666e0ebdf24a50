# checks gc.collect() inside a function frees cycles made by that function's callers
import gc
import weakref
gc.disable()
class Node:
    pass
def make_garbage():
    n = Node()
    n.me = n
    return weakref.ref(n)
def clean():
    gc.collect()
r = make_garbage()
print(r() is not None)
clean()
print(r())
