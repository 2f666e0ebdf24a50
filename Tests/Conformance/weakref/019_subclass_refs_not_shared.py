# checks subclass refs are distinct from the shared basic ref and all are counted
import weakref
class MyRef(weakref.ref):
    pass
class A:
    pass
a = A()
basic = weakref.ref(a)
mine = MyRef(a)
mine2 = MyRef(a)
print(basic is mine, mine is mine2, weakref.ref(a) is basic)
print(weakref.getweakrefcount(a), basic in weakref.getweakrefs(a))
