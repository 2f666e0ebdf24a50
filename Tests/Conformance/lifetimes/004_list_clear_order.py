# checks list.clear and del of a list release items last to first
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
xs = [Item(1), Item(2), Item(3)]
xs.clear()
print("cleared")
ys = [Item(4), Item(5), Item(6)]
del ys
print("deleted list")
