# checks a __slots__ class without '__weakref__' refuses weak references
import weakref
class Point:
    __slots__ = ("x", "y")
p = Point()
weakref.ref(p)
