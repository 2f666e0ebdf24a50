# checks keys, values and items views of a WeakKeyDictionary in insertion order
import weakref
class K:
    def __init__(self, n):
        self.n = n
ks = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary()
for k in ks:
    d[k] = "v" + str(k.n)
print([k.n for k in d.keys()], list(d.values()), [(k.n, v) for k, v in d.items()])
