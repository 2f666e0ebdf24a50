# checks refs work as dict keys using the referent's hash and equality
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return self.n
a, b = K(1), K(1)
d = {weakref.ref(a): "a"}
print(d[weakref.ref(b)], weakref.ref(b) in d)
del a
print(weakref.ref(b) in d, len(d))
