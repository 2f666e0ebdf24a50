# checks discard ignores missing items while remove raises KeyError
import weakref
class Item:
    pass
a, b = Item(), Item()
s = weakref.WeakSet([a])
s.discard(b)
s.discard(a)
print(len(s))
s.add(a)
s.remove(a)
print(len(s))
s.remove(b)
