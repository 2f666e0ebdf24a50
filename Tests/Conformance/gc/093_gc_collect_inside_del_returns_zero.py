# checks gc.collect() called by a finalizer during a collection does nothing and returns 0
import gc
import weakref
gc.disable()
class Other:
    pass
class Node:
    def __del__(self):
        c = Other()
        c.me = c
        global probe
        probe = weakref.ref(c)
        del c
        print("nested", gc.collect(), probe() is None)
def make():
    n = Node()
    n.me = n
make()
gc.collect()
print("after first", probe() is None)
gc.collect()
print("after second", probe() is None)
