# checks at exit the contents of global containers die in the collector's order
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
registry = {"one": Item("dict one"), "two": Item("dict two")}
stack = [Item("list 0"), Item("list 1")]
single = Item("single")
print("end of program")
