# checks in and get on a key whose value died
import weakref
class V:
    pass
v = V()
d = weakref.WeakValueDictionary(k=v)
print("k" in d, d.get("k") is v)
v = None
print("k" in d, d.get("k"), len(d))
