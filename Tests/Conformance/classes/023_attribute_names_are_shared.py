# Instance attribute names are interned: every instance's __dict__ uses the same key
# object, and keys made at run time still find the same attribute.
import sys

class P:
    def __init__(self, x):
        self.x = x

ps = [P(i) for i in range(3)]
keys = [next(iter(p.__dict__)) for p in ps]
print(keys[0] is keys[1] is keys[2])
name = "".join(["x"])
print(getattr(ps[1], name), ps[1].__dict__[name])
setattr(ps[2], "y" + "z", 5)
print(ps[2].yz, sorted(vars(ps[2])))
ps[0].__dict__["w"] = 7
print(ps[0].w)
del ps[0].__dict__["x"]
print(hasattr(ps[0], "x"), ps[0].__dict__)
