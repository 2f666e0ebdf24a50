# checks WeakMethod returns a fresh bound method while the instance lives
import weakref
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
g = Greeter("ada")
wm = weakref.WeakMethod(g.hello)
m = wm()
print(m(), m == g.hello, wm() is wm(), m.__self__ is g)
