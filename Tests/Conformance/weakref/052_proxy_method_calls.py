# checks a proxy forwards method calls with the real instance as self
import weakref
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
p = weakref.proxy(c)
print(p.inc().n, p.inc(by=5).n, c.n, p.inc() is c)
