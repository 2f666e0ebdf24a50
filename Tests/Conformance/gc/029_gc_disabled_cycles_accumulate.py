# checks with gc disabled many cycles stay alive until an explicit collect
import gc
import weakref
gc.disable()
class Node:
    pass
refs = []
for i in range(1000):
    n = Node()
    n.me = n
    refs.append(weakref.ref(n))
del n
print(sum(r() is not None for r in refs))
gc.collect()
print(sum(r() is not None for r in refs))
