# checks list slots, dict values, dict keys and set items each add one reference
import sys
class Obj:
    pass
o = Obj()
xs = [o, o]
print(sys.getrefcount(o))
d = {"a": o}
print(sys.getrefcount(o))
k = {o: 1}
print(sys.getrefcount(o))
s = {o}
print(sys.getrefcount(o))
xs.clear()
d.clear()
print(sys.getrefcount(o))
