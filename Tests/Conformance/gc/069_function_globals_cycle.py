# checks a function kept only in a dict that it references is collected
import gc
import weakref
gc.disable()
def make():
    env = {}
    def f():
        return env
    env["f"] = f
    return weakref.ref(f)
r = make()
print("alive after return:", r() is not None)
gc.collect()
print("after collect:", r())
