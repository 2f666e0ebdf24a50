# checks nested containers release their contents recursively in order
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
data = [[Item(1), Item(2)], {"k": Item(3), "j": Item(4)}, (Item(5),)]
data = None
print("end")
