# checks popitem on an empty WeakValueDictionary raises KeyError
import weakref
d = weakref.WeakValueDictionary()
d.popitem()
