# checks a __del__ that drops the last reference to another cycle member kills it at once
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "start")
        self.partner = None
        print("del", self.name, "end")
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
gc.collect()
print("done")
