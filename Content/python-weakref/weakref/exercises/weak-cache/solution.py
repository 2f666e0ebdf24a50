# Reference solution: a tiny image cache that never keeps an image alive.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()

logo = Image("logo")
banner = Image("banner")
icon = Image("icon")
cache["logo"] = logo
cache["banner"] = banner
cache["icon"] = icon
print(sorted(cache.keys()))

del banner, icon
gc.collect()
print(sorted(cache.keys()))
print("still cached:", cache["logo"].name)
