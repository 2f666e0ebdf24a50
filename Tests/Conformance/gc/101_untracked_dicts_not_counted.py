# Dicts holding nothing the collector tracks ({}, {1: 2}) stay untracked, as in CPython,
# so a collection does not count them; one that received an object is tracked.
import gc
gc.disable()

class A:
    pass

a = A()
a.self = a
a.d = {1: 2}
a.e = {}
a.l = [1, 2]
a.s = {1, 2}
del a
print(gc.collect())

b = A()
b.self = b
b.d = {}
b.d["x"] = A()
b.m = dict(k=A())
b.c = {i: [i] for i in range(2)}
del b
print(gc.collect())
