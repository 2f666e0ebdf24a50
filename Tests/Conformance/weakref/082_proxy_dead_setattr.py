# checks setting an attribute on a dead proxy raises ReferenceError
import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
del a
p.x = 1
