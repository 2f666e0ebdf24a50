# checks len() inside an iteration commits pending removals, which changes the dict size mid-iteration
import weakref
class V:
    def __init__(self, n):
        self.n = n
objs = {i: V(i) for i in range(4)}
d = weakref.WeakValueDictionary()
for i, v in objs.items():
    d[i] = v
del v
seen = []
for k in d:
    seen.append(k)
    if k == 0:
        del objs[2]
        print("killed 2 during iteration, len", len(d))
print(seen, sorted(d.keys()), len(d))
