# checks next() on a non-iterator raises TypeError
next([1, 2])
