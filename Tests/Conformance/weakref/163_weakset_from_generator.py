# checks constructing a WeakSet from a generator expression of objects kept elsewhere
import weakref
class Item:
    def __init__(self, n):
        self.n = n
keep = [Item(i) for i in range(3)]
s = weakref.WeakSet(x for x in keep if x.n != 1)
print(len(s), sorted(x.n for x in s))
