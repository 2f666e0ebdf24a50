# checks WeakMethod and plain ref callbacks on the same instance run newest first
import weakref
class A:
    def m(self):
        pass
a = A()
r = weakref.ref(a, lambda x: print("plain ref callback"))
wm = weakref.WeakMethod(a.m, lambda x: print("WeakMethod callback"))
del a
