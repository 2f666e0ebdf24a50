# checks a ref subclass can override __call__
import weakref
class DefaultRef(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return "gone" if obj is None else obj
class A:
    pass
a = A()
r = DefaultRef(a)
print(r() is a)
del a
print(r())
