# checks a proxy to a function or callable instance can be called
import weakref
def greet(name, punct="!"):
    return "hi " + name + punct
class Adder:
    def __call__(self, x):
        return x + 100
g = weakref.proxy(greet)
ad = Adder()
a = weakref.proxy(ad)
print(g("ada"), g("bob", punct="?"), a(1), type(a).__name__)
del greet
g("x")
