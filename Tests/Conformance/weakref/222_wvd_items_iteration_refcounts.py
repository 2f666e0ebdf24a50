# checks the reference counts seen on keys and values during items() iteration (the dict iterator keeps its last pair)
import sys
import weakref

class Value:
    pass

class Key:
    pass

k1, k2 = Key(), Key()
v1, v2 = Value(), Value()
d = weakref.WeakValueDictionary()
d[k1] = v1
d[k2] = v2
print(sys.getrefcount(k1), sys.getrefcount(v1))
for k, v in d.items():
    print(sys.getrefcount(k), sys.getrefcount(v))
print(sys.getrefcount(k1), sys.getrefcount(v1), sys.getrefcount(k2), sys.getrefcount(v2))
it = d.items()
pair = next(it)
print(sys.getrefcount(k1), sys.getrefcount(v1))
del pair
print(sys.getrefcount(k1), sys.getrefcount(v1))
del it
print(sys.getrefcount(k1), sys.getrefcount(v1))
