# checks the exit order follows the globals' current bindings
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
a = Item("a1")
b = Item("b")
a = Item("a2")
print("end of program")
