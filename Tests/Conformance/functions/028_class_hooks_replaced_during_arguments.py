# checks __init__ and __new__ replaced while a class call's arguments are evaluated
class C:
    def __init__(self, x):
        self.x = x

def new_new(cls, x):
    print("custom new", x)
    return object.__new__(cls)

def swap_new():
    C.__new__ = new_new
    return 3

c = C(swap_new())
print(c.x)

class D:
    def __init__(self, x):
        self.x = ("first", x)

def make_second():
    def second(self, x):
        self.x = ("second", x)
    return second

def swap_twice():
    D.__init__ = lambda self, x: None
    D.__init__ = make_second()
    return 9

d = D(swap_twice())
print(d.x)
