# checks attributes and nested attributes add references
import sys
class Obj:
    pass
target = Obj()
holder = Obj()
holder.a = target
holder.b = target
print(sys.getrefcount(target))
holder.a = None
print(sys.getrefcount(target))
del holder
print(sys.getrefcount(target))
