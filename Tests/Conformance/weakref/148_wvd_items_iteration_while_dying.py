# checks items() iteration skips a value that dies before it is reached
import weakref
class V:
    def __init__(self, n):
        self.n = n
objs = [V(i) for i in range(3)]
d = weakref.WeakValueDictionary((v.n, v) for v in objs)
for k, v in d.items():
    print("visit", k, v.n)
    if k == 0:
        objs[1] = None
del v
print(len(d), sorted(d))
