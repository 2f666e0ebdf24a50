# checks a WeakMethod callback runs when the instance dies, with the WeakMethod
import weakref
class Greeter:
    def hello(self):
        return "hi"
def gone(ref):
    print("callback:", type(ref).__name__, ref is wm, ref())
g = Greeter()
wm = weakref.WeakMethod(g.hello, gone)
print("deleting")
del g
print("end")
