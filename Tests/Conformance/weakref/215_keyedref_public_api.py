# checks weakref.KeyedRef on its own: key attribute, callback argument, slots, equality and hashing
import weakref

class Thing:
    pass

def gone(r):
    print("callback got key", r.key, r() is None)

t = Thing()
r = weakref.KeyedRef(t, gone, "name")
print(r.key, r() is t, isinstance(r, weakref.ref), type(r).__name__)
print(r == weakref.ref(t), hash(r) == hash(t))
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
r.key = "renamed"
print(weakref.getweakrefcount(t))
plain = weakref.KeyedRef(t, None, 5)
print(plain.key, plain is weakref.ref(t), weakref.getweakrefcount(t))
del t
print(r(), plain())
try:
    weakref.KeyedRef(3, None, "k")
except TypeError as e:
    print("TypeError:", e)
