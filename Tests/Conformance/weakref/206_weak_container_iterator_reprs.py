# checks the reprs and behaviour of the iterators the weak containers hand out
import weakref

class Thing:
    pass

t = Thing()
wvd = weakref.WeakValueDictionary({1: t})
wkd = weakref.WeakKeyDictionary({t: 1})
ws = weakref.WeakSet([t])
for it in (wvd.keys(), wvd.items(), wvd.values(), iter(wvd), wvd.itervaluerefs(),
           wkd.keys(), wkd.items(), wkd.values(), iter(wkd), iter(ws)):
    print(repr(it).split(" at ")[0], iter(it) is it)
it = wvd.keys()
print(list(it), list(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
