# checks a dict subclass with an overridden __missing__-free lookup method
class Registry(dict):
    def register(self, key, value):
        self[key] = value
        return self
    def names(self):
        return sorted(self.keys())
r = Registry(a=1)
r.register("b", 2).register("c", 3)
print(r, r.names(), len(r), r.get("z", 0), isinstance(r, dict))
r.attr = "allowed"
print(r.attr)
