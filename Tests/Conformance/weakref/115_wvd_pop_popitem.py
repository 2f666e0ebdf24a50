# checks pop with and without default, and popitem
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b = V(1), V(2)
d = weakref.WeakValueDictionary({"a": a, "b": b})
print(d.pop("a").n, d.pop("zz", "default"), len(d))
k, v = d.popitem()
print(k, v.n, len(d))
d.pop("missing")
