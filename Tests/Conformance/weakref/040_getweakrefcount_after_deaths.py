# checks getweakrefcount falls as references die and is 0 for a dead referent's refs
import weakref
class A:
    pass
a = A()
refs = [weakref.ref(a, lambda r: None) for _ in range(3)]
print(weakref.getweakrefcount(a))
refs.pop()
print(weakref.getweakrefcount(a))
refs.clear()
print(weakref.getweakrefcount(a))
