# checks overwriting a dict value or list slot kills the old object
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
d = {"k": Item(1)}
d["k"] = Item(2)
print("overwrote dict")
xs = [Item(3)]
xs[0] = Item(4)
print("overwrote list")
del d["k"]
xs.pop()
print("end")
