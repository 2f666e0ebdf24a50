# checks a proxy forwards comparisons to the referent
import weakref
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, V) else o)
    def __lt__(self, o):
        return self.v < o
    __hash__ = object.__hash__
x = V(3)
p = weakref.proxy(x)
print(p == 3, p == x, p != 4, p < 5, p < 1)
