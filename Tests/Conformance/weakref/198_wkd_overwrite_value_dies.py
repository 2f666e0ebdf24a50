# checks overwriting a WeakKeyDictionary value releases the old value at once
import weakref
class K:
    pass
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value died", self.n)
k = K()
d = weakref.WeakKeyDictionary()
d[k] = V(1)
d[k] = V(2)
print("overwritten")
del d[k]
print("deleted", len(d))
