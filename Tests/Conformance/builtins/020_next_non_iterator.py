# checks next() on a non-iterator raises TypeError
xs = [1, 2]
it = iter(xs)
print(next(it), next(it, "end"), next(it, "end"))
next(xs)
