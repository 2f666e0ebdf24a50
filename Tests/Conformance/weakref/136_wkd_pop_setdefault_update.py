# checks pop, setdefault, update and copy of WeakKeyDictionary
import weakref
class K:
    def __init__(self, n):
        self.n = n
a, b, c = K(1), K(2), K(3)
d = weakref.WeakKeyDictionary()
d[a] = "a"
print(d.setdefault(a, "x"), d.setdefault(b, "b"), len(d))
d.update({c: "c"})
print(d.pop(b), d.pop(b, "gone"), len(d))
e = d.copy()
del c
print(type(e).__name__, len(d), len(e), [k.n for k in e])
