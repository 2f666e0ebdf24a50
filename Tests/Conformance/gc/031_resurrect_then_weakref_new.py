# checks a new weakref to a resurrected object works and dies normally later
import gc
import weakref
gc.disable()
saved = None
class Phoenix:
    def __del__(self):
        global saved
        saved = self
p = Phoenix()
p.me = p
old = weakref.ref(p)
del p
gc.collect()
new = weakref.ref(saved)
print(old(), new() is saved)
saved.me = None
saved = None
print(new())
