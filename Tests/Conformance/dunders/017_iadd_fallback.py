# checks += uses __iadd__ if defined, else __add__
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, n):
        self.total += n
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, n):
        return Plain(self.v + n)
a = Acc()
b = a
a += 5
print(a is b, a.total)
p = Plain(1)
q = p
p += 2
print(p is q, p.v, q.v)
