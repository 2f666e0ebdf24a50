# checks setdefault returns an existing live value or stores the new one
import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a, b = V("a"), V("b")
print(d.setdefault("k", a).n, d.setdefault("k", b).n)
del a
print(d.setdefault("k", b).n, len(d))
