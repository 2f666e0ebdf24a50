# checks the _update methods and in-place operators
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(5)]
def names(ws):
    return sorted(x.n for x in ws)
s = weakref.WeakSet(items[:3])
s.difference_update(items[:1])
print(names(s))
s.intersection_update(items[1:2])
print(names(s))
s.symmetric_difference_update(items[1:4])
print(names(s))
s |= weakref.WeakSet(items[4:])
s &= weakref.WeakSet(items[2:])
s -= weakref.WeakSet(items[3:4])
s ^= weakref.WeakSet(items[:1])
print(names(s))
