# checks getweakrefs on a live object and the state of refs after death
import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
refs = weakref.getweakrefs(a)
print(len(refs), r1 in refs, r2 in refs)
del a
print([r() for r in refs])
