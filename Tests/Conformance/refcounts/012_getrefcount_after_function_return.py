# checks references taken inside a function are released when it returns
import sys
class Obj:
    pass
def use(x):
    tmp = [x, x, x]
    return len(tmp)
o = Obj()
print(sys.getrefcount(o))
print(use(o))
print(sys.getrefcount(o))
