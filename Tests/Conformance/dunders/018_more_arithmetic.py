# checks __floordiv__, __mod__, __neg__-free reflected __rsub__ and __rtruediv__
class Num:
    def __init__(self, v):
        self.v = v
    def __floordiv__(self, o):
        return "floordiv " + str(self.v // o)
    def __mod__(self, o):
        return "mod " + str(self.v % o)
    def __rsub__(self, o):
        return "rsub " + str(o - self.v)
    def __rtruediv__(self, o):
        return "rtruediv " + str(o / self.v)
n = Num(7)
print(n // 2, n % 4, 10 - n, 14 / n)
