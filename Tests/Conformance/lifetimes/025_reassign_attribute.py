# checks rebinding an attribute kills the previous value at once
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
class Box:
    pass
b = Box()
b.content = Item(1)
b.content = Item(2)
print("rebound attribute")
del b.content
print("deleted attribute")
