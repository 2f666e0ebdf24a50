# checks bound methods remember their instance
class Greeter:
    def __init__(self, name):
        self.name = name
    def hi(self):
        return "hi " + self.name
g = Greeter("ada")
m = g.hi
g.name = "bob"
print(m(), Greeter.hi(g), m.__self__ is g, m.__name__)
