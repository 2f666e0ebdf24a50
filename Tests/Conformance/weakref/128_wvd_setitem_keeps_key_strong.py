# checks keys are held strongly while values are weak
import weakref
class Key:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("key died", self.n)
class V:
    pass
k = Key(1)
v = V()
d = weakref.WeakValueDictionary()
d[k] = v
del k
print("key still held by the dict")
del v
print("value died, entry removed:", len(d))
