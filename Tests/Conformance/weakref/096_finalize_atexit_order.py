# checks live finalizers with atexit=True run at exit newest first
import weakref
class Resource:
    pass
keep = []
for name in ["first", "second", "third"]:
    r = Resource()
    keep.append(r)
    weakref.finalize(r, print, "finalize", name)
print("end of program")
