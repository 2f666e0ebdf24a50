# checks WeakMethod equality before and after death, and that its callback runs once
import weakref

class Greeter:
    def hello(self):
        return "hello"
    def bye(self):
        return "bye"

def died(wm):
    print("died", type(wm).__name__, wm() is None)

g = Greeter()
a = weakref.WeakMethod(g.hello, died)
b = weakref.WeakMethod(g.hello)
c = weakref.WeakMethod(g.bye)
print(a == b, a != b, a == c, a != c, hash(a) == hash(b))
print(a()(), c()())
print(a == weakref.ref(g), a != 1)
del g
print(a == b, a != b, a == a, a() is None)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print("TypeError:", e)
