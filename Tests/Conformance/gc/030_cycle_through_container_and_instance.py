# checks a cycle through a list and an instance
import gc
import weakref
gc.disable()
class Holder:
    def __del__(self):
        print("Holder.__del__")
h = Holder()
h.items = [1, 2, h]
r = weakref.ref(h)
del h
print(r() is not None)
gc.collect()
print(r())
