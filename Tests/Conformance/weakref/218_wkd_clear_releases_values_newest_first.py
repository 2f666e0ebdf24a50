# checks that clear() and popitem() on a WeakKeyDictionary release entries newest first
import weakref

class Key:
    def __init__(self, n):
        self.n = n

class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("payload", self.n, "released")

keys = [Key(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = Payload(k.n)
del k
key, payload = d.popitem()
print("popped", key.n, payload.n)
del payload
d.clear()
print(len(d), len(keys))
