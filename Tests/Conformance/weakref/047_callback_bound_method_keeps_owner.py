# checks a ref holds its callback strongly, keeping a bound method's owner alive
import weakref
class Watcher:
    def notify(self, ref):
        print("watcher notified")
    def __del__(self):
        print("watcher died")
class A:
    pass
a = A()
r = weakref.ref(a, Watcher().notify)
print("watcher kept alive by the ref")
del a
print("end")
