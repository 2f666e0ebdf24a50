# checks references from a tuple and from a for-loop variable
import sys
class Obj:
    pass
o = Obj()
t = (o, 1)
print(sys.getrefcount(o))
for item in [o]:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
del item
print(sys.getrefcount(o))
