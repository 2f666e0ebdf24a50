# checks weakref._remove_dead_weakref: only dead references are deleted, and its argument errors
import weakref
class V: pass
v = V()
d = {1: weakref.ref(v)}
weakref._remove_dead_weakref(d, 1)
print(len(d))
del v
weakref._remove_dead_weakref(d, 1)
weakref._remove_dead_weakref(d, 2)
print(len(d))
for args in ((d,), ([], 1), ({1: 2}, 1)):
    try:
        weakref._remove_dead_weakref(*args)
    except TypeError as e:
        print("TypeError:", e)
print(weakref._remove_dead_weakref)
