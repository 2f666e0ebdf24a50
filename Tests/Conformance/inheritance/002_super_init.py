# checks super().__init__ and super() method calls
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def show(self):
        return "base " + str(self.x)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Child.__init__", y)
        self.y = y
    def show(self):
        return "child(" + super().show() + ")"
c = Child(1, 2)
print(c.show(), c.x, c.y)
