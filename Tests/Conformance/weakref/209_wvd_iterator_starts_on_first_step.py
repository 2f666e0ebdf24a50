# checks that a keys()/items() iterator looks at the dictionary only from its first step
import weakref

class Value:
    def __init__(self, n):
        self.n = n

a, b, c = Value(1), Value(2), Value(3)
d = weakref.WeakValueDictionary({1: a})
keys = d.keys()
items = d.items()
d[2] = b
d[3] = c
print(list(keys))
print([(k, v.n) for k, v in items])
it = iter(d)
print(next(it))
try:
    d[4] = a
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
wkd = weakref.WeakKeyDictionary()
later = wkd.keys()
wkd[a] = 1
print([k.n for k in later])
ws = weakref.WeakSet()
members = iter(ws)
ws.add(b)
print([m.n for m in members])
