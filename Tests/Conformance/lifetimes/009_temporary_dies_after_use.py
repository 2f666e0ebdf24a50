# checks a temporary object dies as soon as the expression no longer needs it
class Temp:
    def __init__(self, n):
        self.n = n
    def value(self):
        return self.n * 10
    def __del__(self):
        print("del temp", self.n)
print(Temp(1).value())
x = Temp(2).value() + Temp(3).value()
print("x =", x)
Temp(4)
print("after expression statement")
