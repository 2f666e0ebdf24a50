# checks get() inside an iteration commits pending removals, so the iteration fails with RuntimeError
import weakref
class V:
    def __init__(self, n):
        self.n = n
vals = [V(0), V(1)]
d = weakref.WeakValueDictionary({0: vals[0], 1: vals[1]})
for k in d:
    if k == 0:
        vals.pop()
        print("value 1 died; get(1):", d.get(1))
print(len(d), list(d))
