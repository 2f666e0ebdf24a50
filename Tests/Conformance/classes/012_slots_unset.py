# checks AttributeError for a declared but unset slot
class S:
    __slots__ = ("a",)
s = S()
print(hasattr(s, "a"))
s.a = 1
print(s.a)
del s.a
print(s.a)
