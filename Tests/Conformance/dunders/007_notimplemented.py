# checks NotImplemented falls back to the reflected method, then TypeError
class Meters:
    def __init__(self, m):
        self.m = m
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.m + o.m)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
print((Meters(1) + Meters(2)).m, (0 + Meters(5)).m, sum([Meters(1), Meters(2)]).m)
print(NotImplemented)
Meters(1) + "x"
