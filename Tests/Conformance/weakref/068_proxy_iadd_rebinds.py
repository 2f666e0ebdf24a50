# checks p += [5] on a proxy to a list subclass rebinds p to the list itself
import weakref
class L(list):
    pass
xs = L([1])
p = weakref.proxy(xs)
print(type(p).__name__)
p += [5]
print(type(p).__name__, p is xs, xs)
