# checks atexit finalizers run before globals' __del__ at exit
import weakref
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
a = Item("a")
b = Item("b")
weakref.finalize(b, print, "finalize b")
weakref.finalize(a, print, "finalize a")
print("end of program")
