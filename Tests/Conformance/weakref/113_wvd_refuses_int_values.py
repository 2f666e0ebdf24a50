# checks WeakValueDictionary refuses values that cannot be weakly referenced
import weakref
d = weakref.WeakValueDictionary()
d["x"] = 5
