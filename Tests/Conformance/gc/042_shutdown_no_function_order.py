# checks exit order when the program defines no function or method
import weakref
class Item:
    pass
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
x = Loud("x")
y = Loud("y")
z = [Loud("z0"), Loud("z1")]
print("end of program")
