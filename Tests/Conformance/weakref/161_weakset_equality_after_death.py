# checks WeakSet equality ignores dead items
import weakref
class Item:
    pass
a, b = Item(), Item()
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([a])
print(s1 == s2)
del b
print(s1 == s2, len(s1))
