# checks | and |= on WeakKeyDictionary
import weakref
class K:
    def __init__(self, n):
        self.n = n
a, b = K(1), K(2)
d1 = weakref.WeakKeyDictionary({a: 1})
d2 = d1 | {b: 2}
print(type(d2).__name__, len(d1), len(d2))
d1 |= {b: 3}
print(sorted(d1.values()))
