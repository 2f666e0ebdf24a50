# checks finalizers of a cycle run in allocation order even when the members reuse freed slots
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Plain:
    pass
fillers = [Plain() for i in range(20)]
del fillers[::2]
ring = [Node("r%d" % i) for i in range(8)]
for i in range(8):
    ring[i].next = ring[(i + 1) % 8]
fillers = None
more = [Node("m%d" % i) for i in range(4)]
for m in more:
    m.me = m
ring = None
more = None
gc.collect()
print("done")
