# checks __call__ makes instances callable
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
triple = Multiplier(3)
print(triple(2), triple(2, y=5), callable(triple), callable(Multiplier))
