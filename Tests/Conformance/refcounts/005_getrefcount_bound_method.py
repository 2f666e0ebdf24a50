# checks a stored bound method holds its instance
import sys
class Obj:
    def m(self):
        pass
o = Obj()
before = sys.getrefcount(o)
bm = o.m
print(before, sys.getrefcount(o))
del bm
print(sys.getrefcount(o))
