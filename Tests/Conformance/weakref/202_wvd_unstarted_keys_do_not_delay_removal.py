# checks that an iterator from keys() that was never advanced does not delay removals
import weakref

class Value:
    pass

a, b = Value(), Value()
d = weakref.WeakValueDictionary({"a": a, "b": b})
pending = d.keys()
del a
print(sorted(d.data))
print(list(pending))
print(len(d))
