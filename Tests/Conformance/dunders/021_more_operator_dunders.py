# checks __neg__, __pow__, __and__, __or__, __xor__ and their reflected forms
class Bits:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Bits(-self.v)
    def __pow__(self, k):
        return Bits(self.v ** k)
    def __and__(self, o):
        return Bits(self.v & o)
    def __or__(self, o):
        return Bits(self.v | o)
    def __xor__(self, o):
        return Bits(self.v ^ o)
    def __ror__(self, o):
        return Bits(o | self.v | 256)
    def __repr__(self):
        return "Bits(" + str(self.v) + ")"
b = Bits(6)
print(-b, b ** 2, b & 3, b | 1, b ^ 5, 1 | b)
~b
