# checks popitem returns a live key and value
import weakref
class K:
    def __init__(self, n):
        self.n = n
a = K(7)
d = weakref.WeakKeyDictionary({a: "seven"})
k, v = d.popitem()
print(k is a, v, len(d))
d.popitem()
