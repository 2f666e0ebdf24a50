# checks a weakref held inside the garbage gets no callback while __del__ still runs
import gc
import weakref
gc.disable()
class Node:
    def __del__(self):
        print("__del__ runs")
a, b = Node(), Node()
a.b, b.a = b, a
a.r = weakref.ref(b, lambda r: print("never"))
del a, b
gc.collect()
print("end")
