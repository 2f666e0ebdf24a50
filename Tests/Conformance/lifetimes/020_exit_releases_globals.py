# checks objects held by globals die at interpreter exit (no functions defined)
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
a = Item(1)
b = Item(2)
c = [Item(3), Item(4)]
print("end of program")
