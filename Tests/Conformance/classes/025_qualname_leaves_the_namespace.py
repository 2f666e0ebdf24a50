# type.__new__ takes __qualname__ out of the class namespace (the class keeps it) and uses
# the body's own __qualname__ when it sets one.
class A:
    x = 1
class B:
    __qualname__ = "Renamed"
    def m(self):
        pass
print(A.__qualname__, B.__qualname__, B.__name__, B.m.__qualname__)
print([k for k in vars(A) if k not in ("__dict__", "__weakref__")])
print("__qualname__" in vars(B))
T = type("T", (), {"__qualname__": "Q"})
print(T.__qualname__, T.__name__, repr(T))
try:
    class C:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
