# checks a resurrected object later freed by reference counting does not run __del__ again
import gc
gc.disable()
saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("__del__ runs")
        saved = self
p = Phoenix()
p.me = p
del p
gc.collect()
saved.me = None
saved = None
print("freed without a second __del__")
