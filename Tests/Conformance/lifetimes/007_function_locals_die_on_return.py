# checks a function's locals die when it returns, in definition order
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def work():
    a = Item(1)
    b = Item(2)
    c = Item(3)
    print("returning")
    return "result"
print(work())
