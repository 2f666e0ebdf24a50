# checks a resurrected object's __del__ is not called again when it dies later
import gc
gc.disable()
saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("__del__")
        saved = self
p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected")
saved = None
gc.collect()
print("collected again without __del__")
