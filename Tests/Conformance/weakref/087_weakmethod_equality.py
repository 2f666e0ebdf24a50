# checks WeakMethod equality while alive and after death
import weakref
class A:
    def f(self):
        pass
    def g(self):
        pass
a = A()
w1, w2, w3 = weakref.WeakMethod(a.f), weakref.WeakMethod(a.f), weakref.WeakMethod(a.g)
print(w1 == w2, w1 == w3, w1 != w3, w1 is w2)
del a
print(w1 == w2, w1 == w1)
