# checks | and |= on WeakValueDictionary
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b, c = V(1), V(2), V(3)
d1 = weakref.WeakValueDictionary(a=a)
d2 = weakref.WeakValueDictionary(b=b)
u = d1 | d2
print(type(u).__name__, sorted(u))
d1 |= {"c": c}
print(sorted(d1), sorted(d1 | {"z": c}))
