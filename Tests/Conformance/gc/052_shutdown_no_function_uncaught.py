# checks exit after an uncaught exception with no function defined
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Item("a")
b = Item("b")
print("raising")
raise RuntimeError("fatal")
