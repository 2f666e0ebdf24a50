# checks update from a dict, pairs and keywords, and copy
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b, c = V(1), V(2), V(3)
d = weakref.WeakValueDictionary()
d.update({"a": a})
d.update([("b", b)])
d.update(c=c)
e = d.copy()
print(type(e).__name__, sorted((k, v.n) for k, v in e.items()))
del b
print(len(d), len(e), sorted(e))
