# checks builtins that iterate (sorted, sum, min) work through a proxy
import weakref
class Nums(list):
    pass
n = Nums([3, 1, 2])
p = weakref.proxy(n)
print(sorted(p), sum(p), min(p), max(p), list(enumerate(p))[0])
