# checks __del__ in a cycle can resurrect the object, which then survives the collection
import gc
import weakref
gc.disable()
saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("__del__ resurrects")
        saved = self
p = Phoenix()
p.me = p
r = weakref.ref(p)
del p
gc.collect()
print("saved alive:", saved is not None, "weakref dead:", r() is None)
