# checks a callback ref stored in the object's own __dict__ still fires when the object dies
import weakref
class A:
    def __init__(self):
        self.myref = weakref.ref(self, lambda r: print("self-ref callback"))
    def __del__(self):
        print("__del__")
a = A()
del a
print("end")
