# checks getweakrefcount counts refs, proxies and callable proxies together
import weakref
class A:
    def __call__(self):
        return 1
a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
c = weakref.ref(a, lambda x: None)
print(weakref.getweakrefcount(a), type(p).__name__)
del p
print(weakref.getweakrefcount(a))
