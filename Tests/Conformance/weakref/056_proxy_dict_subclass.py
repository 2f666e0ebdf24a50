# checks a proxy to a dict subclass forwards mapping operations
import weakref
class Config(dict):
    pass
c = Config(a=1)
p = weakref.proxy(c)
p["b"] = 2
print(p["a"], len(p), "b" in p, sorted(p.keys()), p.get("z", 0))
del p["a"]
print(c)
