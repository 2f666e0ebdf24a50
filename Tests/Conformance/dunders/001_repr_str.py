# checks __repr__ and __str__ in print, str, repr and containers
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(" + repr(self.x) + ")"
class W:
    def __str__(self):
        return "W!"
print(V(1), str(V("a")), [V(2)], W(), [W()][0].__str__())
print(repr(W()).startswith("<__main__.W object"))
