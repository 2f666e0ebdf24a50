# checks two separate cycles are both collected and their __del__ order
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a1, a2 = Node("a1"), Node("a2")
a1.o, a2.o = a2, a1
b1 = Node("b1")
b1.o = b1
del a1, a2, b1
gc.collect()
