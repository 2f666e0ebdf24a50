# checks values of a WeakKeyDictionary are held strongly until the key dies
import weakref
class K:
    pass
class V:
    def __del__(self):
        print("value died")
k = K()
d = weakref.WeakKeyDictionary()
d[k] = V()
print("value alive")
del k
print("end")
