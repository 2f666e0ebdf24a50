# checks the repr of a live and a dead WeakMethod
import weakref
class A:
    def f(self):
        pass
a = A()
wm = weakref.WeakMethod(a.f)
print(repr(wm).split(" at 0x")[0], "; to 'A' at 0x" in repr(wm))
del a
print(repr(wm).endswith("; dead>"))
