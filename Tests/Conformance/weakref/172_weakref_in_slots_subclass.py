# checks a subclass of a __slots__ class without __weakref__ gains weak references if it has no slots
import weakref
class Base:
    __slots__ = ("x",)
class Child(Base):
    pass
c = Child()
r = weakref.ref(c)
print(r() is c, hasattr(c, "__dict__"))
weakref.ref(Base())
