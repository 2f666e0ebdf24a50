# checks remove of an item never added raises KeyError while discard does not
import weakref
class Item:
    pass
s = weakref.WeakSet()
x = Item()
s.discard(x)
print(len(s))
s.remove(x)
