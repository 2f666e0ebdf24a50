# checks WeakMethod returns None once the instance dies
import weakref
class Greeter:
    def hello(self):
        return "hi"
g = Greeter()
wm = weakref.WeakMethod(g.hello)
print(wm()())
del g
print(wm())
