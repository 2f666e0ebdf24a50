# checks sys.getrefcount of a fresh object bound to one name, and with aliases
import sys
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
alias = o
print(sys.getrefcount(o))
del alias
print(sys.getrefcount(o))
