# checks deleting a missing key from a WeakKeyDictionary raises KeyError with a weakref repr
import weakref
class Widget:
    pass
meta = weakref.WeakKeyDictionary()
w = Widget()
del meta[w]
