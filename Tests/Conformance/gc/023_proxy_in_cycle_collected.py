# checks a proxy to cycle garbage raises ReferenceError after collection
import gc
import weakref
gc.disable()
class Node:
    def __init__(self):
        self.value = 1
n = Node()
n.me = n
p = weakref.proxy(n)
del n
print(p.value)
gc.collect()
print(p.value)
