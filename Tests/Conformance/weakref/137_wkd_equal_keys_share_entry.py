# checks distinct but equal keys map to the same WeakKeyDictionary entry
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return hash(self.n)
a, b = K(1), K(1)
d = weakref.WeakKeyDictionary()
d[a] = "from a"
d[b] = "from b"
print(len(d), d[a], d[b])
del b
print(len(d), d[a])
