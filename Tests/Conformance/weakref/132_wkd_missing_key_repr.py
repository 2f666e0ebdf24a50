# checks KeyError for a missing key in a WeakKeyDictionary shows the weakref repr
import weakref
class Widget:
    pass
meta = weakref.WeakKeyDictionary()
w = Widget()
print(meta.get(w), meta.get(w, "none"))
meta[w]
