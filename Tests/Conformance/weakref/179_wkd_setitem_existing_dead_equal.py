# checks assigning with a new key equal to a dead one creates a fresh entry
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return self.n
d = weakref.WeakKeyDictionary()
k1 = K(1)
d[k1] = "old"
del k1
k2 = K(1)
d[k2] = "new"
print(len(d), d[k2], list(d.values()))
