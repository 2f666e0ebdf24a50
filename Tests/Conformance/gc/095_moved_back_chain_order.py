# checks a chain of objects set aside in the scan and moved back one by one keeps CPython's order
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
chain = [Node("n%d" % i) for i in range(6)]
for i in range(5):
    chain[i + 1].down = chain[i]
holder = Node("holder")
holder.top = chain[5]
other = Node("other")
chain = None
gc.collect()
print("survivors reordered")
holder = None
other = None
gc.collect()
print("done")
