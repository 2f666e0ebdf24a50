# checks items held by a collected list cycle die after the collection, in list order rules
import gc
gc.disable()
class L(list):
    pass
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n)
xs = L([Item(0), Item(1), Item(2)])
xs.append(xs)
del xs
gc.collect()
print("end")
