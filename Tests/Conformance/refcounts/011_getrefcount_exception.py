# checks an exception bound by except holds references through its traceback
import sys
class Obj:
    pass
def fail(x):
    raise ValueError()
o = Obj()
print(sys.getrefcount(o))
try:
    fail(o)
except ValueError:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
