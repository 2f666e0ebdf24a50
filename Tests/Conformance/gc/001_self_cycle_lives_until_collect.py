# checks an object in a self-cycle survives del and dies at gc.collect()
import gc
gc.disable()
class Node:
    def __del__(self):
        print("Node.__del__")
n = Node()
n.me = n
del n
print("after del: still alive")
gc.collect()
print("after collect")
