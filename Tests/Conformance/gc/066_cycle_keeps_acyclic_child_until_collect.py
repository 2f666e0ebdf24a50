# checks an acyclic child of a cycle lives until the cycle is collected, then dies after __del__s
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Node("cycle")
a.me = a
a.child = Node("child")
del a
print("before collect")
gc.collect()
print("after collect")
