# checks WeakSet add, len, in and automatic removal on death
import weakref
class Item:
    def __init__(self, n):
        self.n = n
a, b = Item(1), Item(2)
s = weakref.WeakSet()
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, sorted(x.n for x in s))
del a
print(len(s), sorted(x.n for x in s))
