# checks objects not reached by a resurrection are still freed
import gc
import weakref
gc.disable()
saved = None
class Keeper:
    def __del__(self):
        global saved
        saved = self
class Plain:
    pass
k = Keeper()
k.me = k
p = Plain()
p.me = p
rp = weakref.ref(p)
del k, p
gc.collect()
print("keeper saved:", saved is not None, "plain freed:", rp() is None)
