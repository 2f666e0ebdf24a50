# checks reference counts of a survivor that referenced collected garbage
import gc
import sys
gc.disable()
class Node:
    pass
survivor = Node()
n = Node()
n.me = n
n.ref = survivor
print(sys.getrefcount(survivor))
del n
print(sys.getrefcount(survivor))
gc.collect()
print(sys.getrefcount(survivor))
