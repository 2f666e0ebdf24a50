# checks a callback may create weak references to other objects
import weakref
class A:
    pass
other = A()
made = []
def cb(ref):
    made.append(weakref.ref(other, lambda r: print("second-generation callback")))
    print("first callback made a new ref")
a = A()
r = weakref.ref(a, cb)
del a
print(len(made), made[0]() is other)
del other
print("end")
