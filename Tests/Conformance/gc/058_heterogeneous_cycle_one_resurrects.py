# checks a cycle where only one member resurrects keeps all members alive
import gc
import weakref
gc.disable()
saved = []
class Saver:
    def __del__(self):
        print("Saver.__del__")
        saved.append(self)
class Plain:
    pass
s, p = Saver(), Plain()
s.p, p.s = p, s
rp = weakref.ref(p)
del s, p
gc.collect()
print(len(saved), saved[0].p.s is saved[0], rp())
