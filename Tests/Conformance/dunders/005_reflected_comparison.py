# checks reflected comparison when only __lt__ is defined
class N:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
print(N(1) > N(2))
N(1) <= N(2)
