# checks that itervaluerefs() hands out dead references of values that die while it runs
import weakref

class Value:
    def __init__(self, n):
        self.n = n

vals = [Value(i) for i in range(4)]
d = weakref.WeakValueDictionary((v.n, v) for v in vals)
seen = []
for wr in d.itervaluerefs():
    o = wr()
    seen.append((wr.key, None if o is None else o.n))
    del o
    if wr.key == 0:
        vals[2] = None
        vals[3] = None
print(seen)
print(sorted(d.keys()), len(d.valuerefs()))
