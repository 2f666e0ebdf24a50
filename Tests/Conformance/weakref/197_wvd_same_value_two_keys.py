# checks one value stored under two keys disappears from both when it dies
import weakref
class V:
    pass
v = V()
d = weakref.WeakValueDictionary()
d["a"] = v
d["b"] = v
print(len(d), d["a"] is d["b"])
del v
print(len(d), list(d))
