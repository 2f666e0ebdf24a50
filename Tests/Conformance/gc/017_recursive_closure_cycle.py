# checks a recursive inner function creates a cycle through its cell
import gc
import weakref
gc.disable()
def make():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
f = make()
print(f(5))
r = weakref.ref(f)
del f
print("after del:", r() is not None)
gc.collect()
print("after collect:", r())
