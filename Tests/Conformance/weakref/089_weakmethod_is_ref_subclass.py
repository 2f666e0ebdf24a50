# checks WeakMethod is a subclass of weakref.ref
import weakref
class A:
    def f(self):
        pass
a = A()
wm = weakref.WeakMethod(a.f)
print(isinstance(wm, weakref.ref), issubclass(weakref.WeakMethod, weakref.ref), type(wm).__name__)
