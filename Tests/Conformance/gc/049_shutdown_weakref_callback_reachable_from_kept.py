# checks exit behaviour for a weakref callback when the ref is held by another global
import weakref
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
target = Item("target")
holder = Item("holder")
holder.ref = weakref.ref(target, lambda r: print("callback"))
print("end of program")
