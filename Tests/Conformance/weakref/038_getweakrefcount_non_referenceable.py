# checks getweakrefcount and getweakrefs on objects without weak references
import weakref
class A:
    pass
print(weakref.getweakrefcount(5), weakref.getweakrefs(5), weakref.getweakrefcount("s"))
a = A()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
