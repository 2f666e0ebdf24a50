# checks keys, values and items of a WeakValueDictionary skip dead entries
import weakref
class V:
    def __init__(self, n):
        self.n = n
vals = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for v in vals:
    d[v.n] = v
del vals[1], v
print(list(d.keys()), [x.n for x in d.values()], [(k, x.n) for k, x in d.items()])
print(list(d), len(d))
