# checks clear and get with a default on WeakKeyDictionary
import weakref
class K:
    pass
a, b = K(), K()
d = weakref.WeakKeyDictionary({a: 1, b: 2})
print(d.get(a), d.get(K(), "no"))
d.clear()
print(len(d), d.get(a, "cleared"))
