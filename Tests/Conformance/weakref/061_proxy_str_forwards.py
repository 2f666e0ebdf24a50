# checks str() of a proxy forwards to the referent's __str__ while repr does not
import weakref
class Account:
    def __str__(self):
        return "Account(ada)"
    def __repr__(self):
        return "Account-repr"
a = Account()
p = weakref.proxy(a)
print(str(p), f"{p}")
print(repr(p).startswith("<weakproxy at 0x"), " to Account at 0x" in repr(p))
