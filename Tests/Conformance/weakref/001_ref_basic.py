# checks a ref returns its referent while alive and None after death
import weakref
class Account:
    pass
a = Account()
r = weakref.ref(a)
print(r() is a, r() is not None)
del a
print(r())
