# checks a WeakSet treats equal but distinct items as one and keeps the first
import weakref
class Item:
    def __init__(self, n, tag):
        self.n = n
        self.tag = tag
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return self.n
a, b = Item(1, "a"), Item(1, "b")
s = weakref.WeakSet([a])
s.add(b)
print(len(s), b in s, [x.tag for x in s])
del a
print(len(s), b in s)
