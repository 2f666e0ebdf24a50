# checks the repr of a live and a dead ref
import weakref
class Account:
    pass
a = Account()
r = weakref.ref(a)
print(r)
print(repr(r).startswith("<weakref at 0x"), "; to 'Account' at 0x" in repr(r))
del a
print(r)
