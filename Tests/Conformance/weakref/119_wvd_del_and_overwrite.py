# checks deleting and overwriting entries
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b = V(1), V(2)
d = weakref.WeakValueDictionary()
d["k"] = a
d["k"] = b
print(d["k"].n, len(d))
del a
print(len(d))
del d["k"]
print(len(d), "k" in d)
del d["k"]
