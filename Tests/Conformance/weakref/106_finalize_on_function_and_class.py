# checks finalizers attached to a function and a set
import weakref
def helper():
    pass
s = {1}
weakref.finalize(helper, print, "function gone")
weakref.finalize(s, print, "set gone")
del helper
s = None
print("end")
