# checks the reference counts a program sees on values and members while values()/WeakSet iteration runs
import sys
import weakref

class Value:
    pass

v1, v2 = Value(), Value()
d = weakref.WeakValueDictionary({1: v1, 2: v2})
print(sys.getrefcount(v1))
for v in d.values():
    print(sys.getrefcount(v))
print(sys.getrefcount(v1), sys.getrefcount(v2))
it = d.values()
first = next(it)
print(sys.getrefcount(first))
del first
print(sys.getrefcount(v1))
del it
print(sys.getrefcount(v1))
ws = weakref.WeakSet([v1])
for m in ws:
    print(sys.getrefcount(m))
it = iter(ws)
m = next(it)
print(sys.getrefcount(v1))
del it
print(sys.getrefcount(v1))
for r in d.itervaluerefs():
    print(type(r).__name__, r.key, sys.getrefcount(r))
