# checks that values() keeps the value it last produced alive until the next step
import weakref

class Value:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n, "dies")

holders = {i: Value(i) for i in range(3)}
d = weakref.WeakValueDictionary(holders)
it = d.values()
v = next(it)
print("got", v.n)
del holders[v.n]
del v
print("after del")
v = next(it)
print("got", v.n)
del v
holders.clear()
print("cleared")
print(list(it))
print("end", len(d))
