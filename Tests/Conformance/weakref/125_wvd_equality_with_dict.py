# checks a WeakValueDictionary compares equal to a dict with the same live items
import weakref
class V:
    pass
v = V()
d = weakref.WeakValueDictionary(k=v)
print(d == {"k": v}, d == {"k": V()}, d != {})
