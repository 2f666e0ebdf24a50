# checks adding temporaries to a WeakSet leaves it empty
import weakref
class Item:
    pass
s = weakref.WeakSet()
s.add(Item())
s.add(Item())
print(len(s), list(s))
