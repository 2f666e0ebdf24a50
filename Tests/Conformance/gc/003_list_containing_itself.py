# checks a list subclass containing itself needs the collector
import gc
import weakref
gc.disable()
class L(list):
    pass
xs = L()
xs.append(xs)
r = weakref.ref(xs)
del xs
print("alive after del:", r() is not None)
gc.collect()
print("after collect:", r())
