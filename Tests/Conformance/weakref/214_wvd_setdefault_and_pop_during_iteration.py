# checks setdefault(), pop() and popitem() on a WeakValueDictionary while an iteration holds removals back
import weakref

class Value:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n

vals = [Value(i) for i in range(4)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
it = iter(d)
print(next(it))
vals[2] = None
print(sorted(d.data), len(d.data))
spare = Value(9)
print(d.setdefault(2, spare), d.setdefault(0, spare))
try:
    for k in it:
        print("next", k)
except RuntimeError as e:
    print("RuntimeError:", e)
vals[1] = None
print(d.pop(1, "gone"), sorted(d.keys()))
it2 = d.items()
print(next(it2))
vals[3] = None
print(d.popitem())
print(sorted(d.keys()))
