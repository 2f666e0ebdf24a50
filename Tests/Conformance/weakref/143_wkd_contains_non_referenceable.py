# checks in with a non-weakrefable key returns False instead of raising
import weakref
class K:
    pass
k = K()
d = weakref.WeakKeyDictionary({k: 1})
print(5 in d, "s" in d, k in d)
