# checks defining a method (not just a function) also puts globals in the exit collection
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
    def describe(self):
        return self.name
p = Item("p")
q = Item("q")
print("end of program")
