# checks __del__ of one cycle member can still read the other members
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees", self.other.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
gc.collect()
