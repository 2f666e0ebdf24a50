# checks WeakKeyDictionary refuses keys that cannot be weakly referenced
import weakref
meta = weakref.WeakKeyDictionary()
meta["name"] = 1
