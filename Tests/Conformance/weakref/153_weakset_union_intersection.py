# checks union and intersection methods and operators
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(4)]
s1 = weakref.WeakSet(items[:3])
s2 = weakref.WeakSet(items[2:])
def names(ws):
    return sorted(x.n for x in ws)
print(names(s1.union(s2)), names(s1 | s2), names(s1.intersection(s2)), names(s1 & s2))
print(type(s1 | s2).__name__, names(s1.union(items[3:])))
