# checks that an error raised inside a WeakValueDictionary walk ends the walk and applies the held-back removals
import weakref

class Value:
    def __init__(self, n):
        self.n = n

vals = [Value(i) for i in range(3)]
d = weakref.WeakValueDictionary((v.n, v) for v in vals)
it = d.items()
k, v = next(it)
del v
d[10] = vals[0]
vals[2] = None
print(len(d.data))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d.data), sorted(d.keys()))
try:
    next(it)
except StopIteration:
    print("finished")
