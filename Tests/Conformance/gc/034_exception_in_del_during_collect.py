# checks an exception in __del__ during collection is reported and collection continues
import gc
gc.disable()
class Bad:
    def __del__(self):
        raise RuntimeError("del failed")
class Good:
    def __del__(self):
        print("Good.__del__")
a, b = Bad(), Good()
a.b, b.a = b, a
del a, b
gc.collect()
print("continues")
