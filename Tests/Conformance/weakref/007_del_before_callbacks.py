# checks __del__ runs before the weak reference callbacks
import weakref
class A:
    def __del__(self):
        print("__del__, ref alive?", r() is not None)
a = A()
r = weakref.ref(a, lambda ref: print("callback, ref dead?", ref() is None))
del a
print("end")
