# __setattr__ and __getattr__ defined after instances exist; augmented assignment at one site.
class Counter:
    def __init__(self):
        self.n = 0

def bump(c):
    c.n += 1

c = Counter()
for _ in range(3):
    bump(c)
print(c.n)

def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

Counter.__setattr__ = logging_setattr
bump(c)
print(c.n)
del Counter.__setattr__
bump(c)
print(c.n)

Counter.__getattr__ = lambda self, name: "missing " + name
print(c.other)
print(vars(c))
print(list(c.__dict__) == ["n"], c.__dict__["n"])
