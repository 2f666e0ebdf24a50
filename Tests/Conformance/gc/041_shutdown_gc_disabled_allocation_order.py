# checks with gc disabled the objects globals hold die at exit in allocation order
import gc
gc.disable()
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
b = Item("made first, bound to b")
a = Item("made second, bound to a")
c = Item("made third, bound to c")
a, b = b, a
print("end of program")
