# checks objects created in a comprehension and not kept die during it
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
lengths = [Item(i).n * 2 for i in range(3)]
print(lengths)
