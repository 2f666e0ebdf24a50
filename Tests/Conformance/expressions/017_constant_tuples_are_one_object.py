# A tuple display of constants is one constant, as CPython folds it: equal ones in a
# program are the same object, and a collection does not count it.
import gc
gc.disable()

a = (1, 2)
b = (1, 2)
print(a is b, a == b)

def make():
    return (1, "two", (3.0, None), -4)

print(make() is make(), make())
c = (1, 2.0)
d = (1, 2)
print(c is d, c == d)
e = (True,)
f = (1,)
print(e is f, e == f)
x = 5
g = (x, 2)
h = (x, 2)
print(g is h, g == h)
print((-1, -2.5), -7, -0.0)

class Holder:
    pass

k = Holder()
k.me = k
k.t = (1, 2)
k.u = (x, x)
del k
print(gc.collect())
