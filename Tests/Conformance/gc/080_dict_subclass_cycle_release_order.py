# checks values held by a collected dict cycle die during the collection
import gc
gc.disable()
class D(dict):
    pass
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n)
d = D(a=Item("a"), b=Item("b"))
d["self"] = d
del d
gc.collect()
print("end")
