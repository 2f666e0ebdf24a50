# checks comparing refs calls the referent's __eq__ (even for the same ref) and its exception propagates
import weakref
class Touchy:
    def __eq__(self, other):
        raise ValueError("no comparing")
    __hash__ = object.__hash__
a, b = Touchy(), Touchy()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == ra)
print(ra == rb)
