# checks WeakMethod does not keep the instance alive, unlike a bound method
import weakref
class A:
    def f(self):
        return 1
    def __del__(self):
        print("A died")
a = A()
strong = a.f
wm = weakref.WeakMethod(a.f)
del a
print("still alive through the bound method:", wm() is not None)
del strong
print("after dropping the bound method:", wm())
