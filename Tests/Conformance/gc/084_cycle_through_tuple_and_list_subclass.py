# checks a cycle through a tuple and a list subclass releases an item after collection
import gc
gc.disable()
class L(list):
    pass
class Item:
    def __del__(self):
        print("Item.__del__")
xs = L()
t = (xs, Item())
xs.append(t)
del xs, t
print("before collect")
gc.collect()
print("after collect")
