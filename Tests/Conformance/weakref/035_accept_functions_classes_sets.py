# checks functions, classes, sets, frozensets, lambdas and bound-method-free objects are accepted
import weakref
def f():
    pass
class C:
    pass
s = set()
fs = frozenset()
lam = lambda: 1
for obj in [f, C, s, fs, lam, C()]:
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
