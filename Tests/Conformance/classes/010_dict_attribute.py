# checks the instance __dict__ and __class__
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, p.__class__ is P, p.__class__.__name__)
p.__dict__["c"] = 3
print(p.c)
