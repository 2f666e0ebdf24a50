# checks attribute access on a dead proxy raises ReferenceError
import weakref
class A:
    def __init__(self):
        self.x = 1
a = A()
p = weakref.proxy(a)
print(p.x)
del a
print(p.x)
