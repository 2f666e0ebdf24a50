# checks a dict subclass holding itself as a value needs the collector
import gc
import weakref
gc.disable()
class D(dict):
    pass
d = D()
d["self"] = d
r = weakref.ref(d)
del d
print(r() is not None)
gc.collect()
print(r())
