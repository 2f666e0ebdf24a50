# checks len() of a WeakKeyDictionary when keys die during iteration and one is also deleted by hand
import weakref

class Key:
    def __init__(self, n):
        self.n = n

keys = [Key(i) for i in range(5)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n
del k
it = iter(d)
first = next(it)
print(first.n, len(d))
doomed = keys[3]
del keys[3]
print(len(d))
keys.pop()
print(len(d))
del d[keys[1]]
print(len(d))
del doomed
print(len(d))
try:
    print(sorted(k.n for k in it))
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d), len(d.data))
