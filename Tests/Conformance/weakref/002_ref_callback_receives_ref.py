# checks the callback runs on death and receives the dead reference itself
import weakref
class Account:
    pass
def on_death(ref):
    print("callback: same ref?", ref is r, "referent:", ref())
a = Account()
r = weakref.ref(a, on_death)
print("deleting")
del a
print("after del")
