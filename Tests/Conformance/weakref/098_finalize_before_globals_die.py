# checks atexit finalizers run before the objects globals hold are released
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Resource("a")
b = Resource("b")
weakref.finalize(a, print, "finalize a")
print("end of program")
