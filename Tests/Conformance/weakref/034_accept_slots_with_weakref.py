# checks a __slots__ class with '__weakref__' accepts weak references
import weakref
class Point:
    __slots__ = ("x", "__weakref__")
p = Point()
p.x = 1
r = weakref.ref(p)
print(r() is p, p.__weakref__ is r, hasattr(p, "__dict__"))
del p
print(r())
