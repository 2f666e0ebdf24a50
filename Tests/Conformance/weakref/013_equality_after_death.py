# checks refs compare by identity once either is dead
import weakref
class P:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = P(), P()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb)
del a
print(ra == rb, ra == ra, ra != rb)
del b
print(ra == rb, rb == rb)
