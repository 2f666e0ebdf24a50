class A:
    def __init__(self, n): self.n = n
    def __add__(self, o): return 1
    def __sub__(self, o): return 2
    def __lt__(self, o): return True
    def __getitem__(self, i): return 3
    def __del__(self): print("del", self.n)
x = A(1) + A(2)
y = A(3) - A(4)
z = A(5) < A(6)
w = A(7)[A(8)]
print(x, y, z, w)
class B:
    def __init__(self, n): self.n = n
    def __iadd__(self, o): return self
    def __add__(self, o): return B(self.n * 10)
    def __del__(self): print("delB", self.n)
    def __hash__(self): return self.n
    def __eq__(self, o): return self is o
k = B(1)
d = {k: B(2)}
class C:
    def __init__(self): self.store = {}
    def __getitem__(self, i): return B(30)
    def __setitem__(self, i, v): print("set", i.n, v.n)
    def __del__(self): print("delC")
c = C()
def run():
    C()[B(4)] += B(5)
run()
class H:
    def __init__(self): self.a = B(40)
    def __del__(self): print("delH")
def attr():
    H().a += B(41)
attr()
print("end")
