# checks difference and symmetric_difference methods and operators
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(4)]
s1 = weakref.WeakSet(items[:3])
s2 = weakref.WeakSet(items[2:])
def names(ws):
    return sorted(x.n for x in ws)
print(names(s1.difference(s2)), names(s1 - s2), names(s1.symmetric_difference(s2)), names(s1 ^ s2))
