# checks copy and update
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(3)]
s = weakref.WeakSet(items[:1])
s.update(items[1:])
c = s.copy()
print(type(c).__name__, len(s), len(c), c is s)
items.pop()
print(len(s), len(c))
