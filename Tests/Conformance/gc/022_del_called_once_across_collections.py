# checks __del__ of an object in a cycle runs exactly once
import gc
gc.disable()
count = 0
class Node:
    def __del__(self):
        global count
        count += 1
n = Node()
n.me = n
del n
gc.collect()
gc.collect()
print("__del__ calls:", count)
