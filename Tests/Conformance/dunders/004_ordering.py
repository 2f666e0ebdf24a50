# checks __lt__, __le__, __gt__, __ge__ and sorted
class Ver:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __repr__(self):
        return "Ver" + str(self.n)
vs = [Ver(3), Ver(1), Ver(2)]
print(sorted(vs), min(vs), max(vs), Ver(1) < Ver(2) <= Ver(2) > Ver(0) >= Ver(0))
