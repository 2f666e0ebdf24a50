# checks building a WeakValueDictionary from another one
import weakref
class V:
    def __init__(self, n):
        self.n = n
a = V(1)
d1 = weakref.WeakValueDictionary(a=a)
d2 = weakref.WeakValueDictionary(d1)
print(d2["a"] is a, len(d2))
del a
print(len(d1), len(d2))
