# checks a closure cell counts as one reference
import sys
class Obj:
    pass
def make(v):
    def inner():
        return v
    return inner
o = Obj()
print(sys.getrefcount(o))
f = make(o)
print(sys.getrefcount(o))
del f
print(sys.getrefcount(o))
