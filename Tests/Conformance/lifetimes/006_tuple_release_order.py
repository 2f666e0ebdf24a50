# checks a tuple releases items last to first
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
t = (Item(1), Item(2), Item(3))
del t
print("done")
