# checks WeakMethod is hashable while alive and equal ones share a hash
import weakref
class A:
    def f(self):
        pass
a = A()
w1, w2 = weakref.WeakMethod(a.f), weakref.WeakMethod(a.f)
print(hash(w1) == hash(w2), len({w1, w2}))
