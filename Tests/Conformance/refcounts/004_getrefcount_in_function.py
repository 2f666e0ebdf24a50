# checks references held by a function frame's parameters and locals
import sys
class Obj:
    pass
def inspect(x):
    y = x
    return sys.getrefcount(x)
o = Obj()
print(sys.getrefcount(o), inspect(o), sys.getrefcount(o))
