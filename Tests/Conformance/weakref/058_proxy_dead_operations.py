# checks every forwarded operation on a dead proxy raises ReferenceError
import weakref
class Bag(list):
    pass
b = Bag([1])
p = weakref.proxy(b)
del b
for name, op in [("len", lambda: len(p)), ("iter", lambda: list(p)), ("in", lambda: 1 in p), ("index", lambda: p[0]), ("add", lambda: p + [1]), ("str", lambda: str(p)), ("eq", lambda: p == 1), ("bool", lambda: bool(p))]:
    try:
        op()
        print(name, "worked")
    except ReferenceError as e:
        print(name, "->", e)
