# checks a value dying with its key can release another key of the same dictionary
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("key died", self.n)
d = weakref.WeakKeyDictionary()
first = K(1)
second = K(2)
d[first] = second
del second
print(len(d))
del first
print(len(d))
