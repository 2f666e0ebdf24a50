# checks an instance's attributes are released in the order they were set
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
class Holder:
    pass
h = Holder()
h.b = Item("b")
h.a = Item("a")
h.c = Item("c")
del h
print("end")
