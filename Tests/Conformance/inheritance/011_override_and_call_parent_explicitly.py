# checks calling a parent method explicitly through the class
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + A.f(self)
print(B().f())
