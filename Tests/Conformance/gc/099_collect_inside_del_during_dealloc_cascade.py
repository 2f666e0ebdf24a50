# checks gc.collect() run by a __del__ in the middle of a death cascade finds nothing to collect
import gc
class D:
    def __del__(self):
        print("D.__del__, collected", gc.collect())
class Holder:
    def __del__(self):
        print("Holder.__del__")
h = Holder()
h.a = D()
h.b = [1, 2, 3]
del h
x = [Holder() for _ in range(3)]
print(len(x), "ok")
del x
print("end")
