# checks removing entries during deaths keeps the dictionary consistent
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V died", self.n)
holder = [V(i) for i in range(3)]
d = weakref.WeakValueDictionary((v.n, v) for v in holder)
print(len(d))
holder.clear()
print(len(d), list(d.items()))
