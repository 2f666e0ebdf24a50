# checks a returned local survives while the others die
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def make():
    keep = Item("kept")
    tmp = Item("temp")
    return keep
k = make()
print("got", k.n)
del k
print("end")
