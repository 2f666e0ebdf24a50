# checks del p[key] and p[key] = v on a proxy to a dict subclass, and KeyError forwarding
import weakref
class D(dict):
    pass
d = D()
p = weakref.proxy(d)
p["k"] = 1
del p["k"]
print(len(d))
del p["k"]
