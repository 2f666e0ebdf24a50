# checks a dead ref can be used as a dict key only if its hash was computed before death
import weakref
class A:
    pass
a, b = A(), A()
ra, rb = weakref.ref(a), weakref.ref(b)
d = {ra: "a"}
del a, b
print(d[ra], len(d))
d[rb] = "b"
