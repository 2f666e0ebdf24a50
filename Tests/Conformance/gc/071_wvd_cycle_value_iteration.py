# checks WeakValueDictionary after a collection removed several entries
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
keep = []
for i in range(5):
    n = Node(i)
    n.me = n
    d[i] = n
    if i % 2 == 0:
        keep.append(n)
del n
gc.collect()
print(sorted(d.keys()), [d[k].n for k in sorted(d)])
