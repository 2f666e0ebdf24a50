# checks breaking a cycle by hand lets reference counting free it without the collector
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a, b = Node("a"), Node("b")
a.o, b.o = b, a
a.o = None
del a
print("a gone, b alive")
del b
print("end")
