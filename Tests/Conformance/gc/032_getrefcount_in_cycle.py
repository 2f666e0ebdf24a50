# checks reference counts of objects in a cycle
import gc
import sys
gc.disable()
class Node:
    pass
a, b = Node(), Node()
a.o, b.o = b, a
print(sys.getrefcount(a), sys.getrefcount(b))
a.self = a
print(sys.getrefcount(a))
