# checks calling a dead callable proxy raises ReferenceError
import weakref
class Fn:
    def __call__(self):
        return "called"
f = Fn()
p = weakref.proxy(f)
print(p())
f = None
p()
