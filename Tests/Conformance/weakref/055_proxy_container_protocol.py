# checks a proxy forwards len, iteration, in, indexing and item assignment
import weakref
class Bag(list):
    pass
b = Bag([1, 2, 3])
p = weakref.proxy(b)
print(len(p), list(p), 2 in p, 9 in p, p[0], p[-1])
p[0] = 10
del p[1]
p.append(4)
print(b, [x * 2 for x in p])
