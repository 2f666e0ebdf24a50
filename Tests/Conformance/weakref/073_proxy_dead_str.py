# checks printing a dead proxy raises ReferenceError
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
del a
print(p)
