# enumerate and zip hand out one result tuple again when the loop did not keep it
import sys
class T:
    pass
a, b = T(), T()
xs = [a, b]
for i, x in enumerate(xs):
    print(i, sys.getrefcount(x))
print(sys.getrefcount(a), sys.getrefcount(b))
kept = []
for i, x in enumerate(xs):
    kept.append((i, x))
    print(i, sys.getrefcount(x))
for p, q in zip(xs, reversed(xs)):
    print(sys.getrefcount(p), sys.getrefcount(q))
e = enumerate(xs)
first = next(e)
second = next(e)
print(first[1] is a, second[1] is b, first is second)
z = zip(xs, xs)
t1 = next(z)
del t1
t2 = next(z)
print(t2[0] is b, sys.getrefcount(b))
del x, p, q, e, z, t2, first, second, kept
print(sys.getrefcount(a), sys.getrefcount(b))
