# checks WeakSet members in cycles disappear after gc.collect()
import gc
import weakref
gc.disable()
class Node:
    pass
s = weakref.WeakSet()
for i in range(3):
    n = Node()
    n.me = n
    s.add(n)
del n
print(len(s))
gc.collect()
print(len(s))
