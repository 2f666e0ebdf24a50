# checks keyword keys named self and dict work in the WeakValueDictionary constructor and update
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b = V(1), V(2)
d = weakref.WeakValueDictionary(self=a, dict=b)
print(sorted(d), d["self"].n, d["dict"].n)
d2 = weakref.WeakValueDictionary()
d2.update(self=b)
print(list(d2), d2["self"].n)
