# checks refs compare equal by referent while both are alive
import weakref
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return self.v == other.v
    __hash__ = object.__hash__
a, b, c = P(1), P(1), P(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb)
print(ra == rc, ra != rc)
