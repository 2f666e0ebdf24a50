# checks every member of a cycle with __del__ is finalized once, in collector order
import gc
gc.disable()
class Node:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
nodes = [Node(i) for i in range(4)]
for i in range(4):
    nodes[i].next = nodes[(i + 1) % 4]
del nodes
gc.collect()
print("end")
