# A dict's item iterator keeps the pair it handed out last, as CPython's reuses its tuple
import sys
class K:
    pass
k = K()
d = {k: 1}
for key, value in d.items():
    print(sys.getrefcount(key))
it = iter(d.items())
pair = next(it)
print(sys.getrefcount(k))
del pair
print(sys.getrefcount(k))
