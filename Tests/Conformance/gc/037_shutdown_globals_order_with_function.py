# checks at exit globals held in the module cycle die in assignment order
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
first = Item("first")
second = Item("second")
third = Item("third")
print("end of program")
