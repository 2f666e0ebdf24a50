# checks __del__ runs before the finalizer of the same object
import weakref
class Resource:
    def __del__(self):
        print("__del__ runs")
r = Resource()
weakref.finalize(r, print, "finalizer runs")
del r
print("end")
