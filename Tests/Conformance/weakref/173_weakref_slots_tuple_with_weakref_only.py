# checks __slots__ = ('__weakref__',) allows weak references but not attributes
import weakref
class Light:
    __slots__ = ("__weakref__",)
obj = Light()
r = weakref.ref(obj)
print(r() is obj, weakref.getweakrefcount(obj))
obj.attr = 1
