# checks WeakValueDictionary stores values weakly and entries vanish on death
import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
img1 = Image("one")
img2 = Image("two")
cache["a"] = img1
cache["b"] = img2
print(len(cache), cache["a"].name, "b" in cache, sorted(cache.keys()))
del img1
print(len(cache), "a" in cache, list(cache.keys()))
