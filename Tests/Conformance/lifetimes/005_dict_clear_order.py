# checks dict.clear and del of a dict release values first to last
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
d = {"a": Item(1), "b": Item(2), "c": Item(3)}
d.clear()
print("cleared")
e = {"x": Item(4), "y": Item(5)}
del e
print("deleted dict")
