# checks copy() of weak dictionaries when copying itself makes values or keys die
import weakref

class Value:
    def __init__(self, n, partner=None):
        self.n = n
        self.partner = partner
    def __del__(self):
        print("value", self.n, "dies")

first = Value(1)
second = Value(2, first)
del first
d = weakref.WeakValueDictionary({2: second})
d[1] = second.partner
second.partner = None
print(sorted(d.keys()))
c = d.copy()
print(sorted(c.keys()), type(c).__name__)
del second
print(sorted(d.keys()), sorted(c.keys()))
k = Value(3)
wkd = weakref.WeakKeyDictionary({k: "x"})
c2 = wkd.copy()
del k
print(len(wkd), len(c2))
