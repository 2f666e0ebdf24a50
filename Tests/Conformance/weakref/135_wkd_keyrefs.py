# checks keyrefs returns weak references to the keys
import weakref
class K:
    def __init__(self, n):
        self.n = n
a, b = K(1), K(2)
d = weakref.WeakKeyDictionary({a: "a", b: "b"})
refs = d.keyrefs()
print(type(refs).__name__, len(refs), sorted(r().n for r in refs))
del a
print(sorted(r() is None for r in refs), len(d))
