# checks the repr of live and dead proxies
import weakref
class Account:
    pass
a = Account()
p = weakref.proxy(a)
print(repr(p))
del a
print(repr(p))
