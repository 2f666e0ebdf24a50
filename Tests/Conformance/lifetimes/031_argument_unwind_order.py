class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def m(self, *a): return 0
def boom():
    raise ValueError("x")
def f(*a): return 0
try:
    f(T(1), T(2), boom())
except ValueError:
    print("caught 1")
try:
    T(3).m(T(4), T(5), boom())
except ValueError:
    print("caught 2")
print(T(6) == T(7), T(8) != T(9))
