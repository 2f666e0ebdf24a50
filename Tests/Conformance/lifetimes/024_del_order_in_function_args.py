# checks arguments passed to a call die when the call and the caller drop them
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def show(a, b):
    print("show", a.n, b.n)
show(Item(1), Item(2))
print("after call")
