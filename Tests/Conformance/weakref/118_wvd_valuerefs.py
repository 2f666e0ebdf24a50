# checks valuerefs and itervaluerefs return weak references to the values
import weakref
class V:
    def __init__(self, n):
        self.n = n
a, b = V(1), V(2)
d = weakref.WeakValueDictionary(x=a, y=b)
refs = d.valuerefs()
print(type(refs).__name__, len(refs), sorted(r().n for r in refs))
print(sorted(r().n for r in d.itervaluerefs()), isinstance(refs[0], weakref.ref))
del a
print(sorted(r() is None for r in refs))
