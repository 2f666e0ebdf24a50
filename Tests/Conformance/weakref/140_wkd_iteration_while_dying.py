# checks keys that die while iterating are removed after the iteration
import weakref
class K:
    def __init__(self, n):
        self.n = n
keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary((k, k.n) for k in keys)
seen = []
for k in d:
    seen.append(k.n)
    if k.n == 1:
        keys[3] = None
        print("killed key 3 during iteration")
del k
print(seen, len(d), sorted(v for v in d.values()))
