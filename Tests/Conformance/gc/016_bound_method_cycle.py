# checks storing a bound method on its own instance makes a cycle
import gc
import weakref
gc.disable()
class Button:
    def click(self):
        pass
    def __del__(self):
        print("Button.__del__")
b = Button()
b.handler = b.click
r = weakref.ref(b)
del b
print("after del:", r() is not None)
gc.collect()
print("after collect:", r())
