# checks items and values of a WeakKeyDictionary skip dead keys
import weakref
class K:
    def __init__(self, n):
        self.n = n
keys = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
del k
keys.pop(0)
print(sorted(v for v in d.values()), sorted((k.n, v) for k, v in d.items()))
