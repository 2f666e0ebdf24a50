# checks a finalizer in the middle of a big cycle resurrecting the whole ring
import gc
import weakref
gc.disable()
saved = []
class Node:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i == 500:
            saved.append(self)
            print("resurrect", self.i)
nodes = [Node(i) for i in range(1000)]
for i in range(1000):
    nodes[i].next = nodes[(i + 1) % 1000]
probes = [weakref.ref(nodes[i], lambda r, i=i: print("callback", i)) for i in (0, 499, 999)]
del nodes
gc.collect()
print(len(saved), saved[0].next.i, [p() is None for p in probes])
x = saved[0]
n = 0
while True:
    x = x.next
    n += 1
    if x is saved[0]:
        break
print("ring", n)
saved.clear()
del x
print(gc.collect() > 0)
print("done")
