# checks KeyError for a missing or dead key in a WeakValueDictionary
import weakref
class Image:
    pass
cache = weakref.WeakValueDictionary()
img = Image()
cache["k"] = img
del img
print(cache.get("k"), cache.get("k", "gone"))
cache["k"]
