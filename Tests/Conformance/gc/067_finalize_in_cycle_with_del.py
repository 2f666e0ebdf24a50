# checks the order of __del__ and finalize for an object in a cycle
import gc
import weakref
gc.disable()
class Node:
    def __del__(self):
        print("__del__")
n = Node()
n.me = n
weakref.finalize(n, print, "finalize")
del n
gc.collect()
