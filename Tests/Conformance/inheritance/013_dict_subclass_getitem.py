# checks a dict subclass overriding __getitem__
class Defaulting(dict):
    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        return "default"
d = Defaulting(a=1)
print(d["a"], d["b"], d.get("b"), len(d))
