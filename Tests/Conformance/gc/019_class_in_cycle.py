# checks a deleted class is only freed by the collector
import gc
import weakref
gc.disable()
class Temp:
    pass
r = weakref.ref(Temp)
del Temp
print("class alive after del:", r() is not None)
gc.collect()
print("after collect:", r())
