# checks weakref callbacks to many members of a big cycle run in list order before any __del__
import gc
import weakref
gc.disable()
seen = []
class Node:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 250 == 0:
            seen.append("del %d" % self.i)
ring = [Node(i) for i in range(2000)]
for i in range(2000):
    ring[i].next = ring[i - 1]
refs = [weakref.ref(ring[i], lambda r, i=i: seen.append("cb %d" % i)) for i in range(0, 2000, 100)]
del ring
gc.collect()
print(seen)
print(all(r() is None for r in refs))
