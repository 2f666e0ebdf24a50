# checks a proxy forwards arithmetic operators in both directions
import weakref
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
    def __mul__(self, o):
        return self.v * o
    def __sub__(self, o):
        return self.v - o
    def __truediv__(self, o):
        return self.v / o
n = Num(6)
p = weakref.proxy(n)
print(p + 1, 1 + p, p * 2, p - 1, p / 4)
