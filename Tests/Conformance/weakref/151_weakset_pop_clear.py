# checks pop returns a live item and pop on empty raises KeyError
import weakref
class Item:
    pass
a = Item()
s = weakref.WeakSet([a])
print(s.pop() is a, len(s))
s.add(a)
s.clear()
print(len(s))
s.pop()
