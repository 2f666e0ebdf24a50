# checks getweakrefs lists the basic ref and proxy first, then callback refs newest first
import weakref
class A:
    pass
a = A()
c1 = weakref.ref(a, lambda r: None)
basic = weakref.ref(a)
c2 = weakref.ref(a, lambda r: None)
p = weakref.proxy(a)
refs = weakref.getweakrefs(a)
names = {id(basic): "basic", id(c1): "c1", id(c2): "c2", id(p): "proxy"}
print([names[id(r)] for r in refs])
print(weakref.getweakrefcount(a))
