# checks instances hold a reference to their class and attributes don't hold the instance
import sys
class Obj:
    pass
a = Obj()
b = Obj()
a.partner = b
b.partner = a
print(sys.getrefcount(a), sys.getrefcount(b))
del b.partner
print(sys.getrefcount(a))
