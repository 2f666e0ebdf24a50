# checks a ref subclass with __slots__ stores its extra slot
import weakref
class SlotRef(weakref.ref):
    __slots__ = ("label",)
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label
    def __new__(cls, ob, callback=None, label=""):
        return super().__new__(cls, ob, callback)
class A:
    pass
a = A()
r = SlotRef(a, None, "tag")
print(r.label, r() is a, hasattr(r, "__dict__"))
r.other = 1
