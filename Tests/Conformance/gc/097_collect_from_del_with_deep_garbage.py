# checks gc.collect() from a __del__ run by a death, collecting a long cycle whose deaths nest deeply
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, nxt, i):
        self.nxt = nxt
        self.i = i
class Trigger:
    def __del__(self):
        print("collect from __del__:", gc.collect() > 0)
head = Node(None, 0)
cur = head
for i in range(1, 300):
    cur = Node(cur, i)
head.nxt = cur
probes = [weakref.ref(head), weakref.ref(cur)]
del head, cur
t = Trigger()
del t
print([p() is None for p in probes])
xs = [Node(None, k) for k in range(2000)]
print(all(x.i == k for k, x in enumerate(xs)), len(set(map(id, xs))))
print("done")
