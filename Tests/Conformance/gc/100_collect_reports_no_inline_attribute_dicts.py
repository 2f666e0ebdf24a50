# checks the number gc.collect() reports: instance attributes held inline count no dict
import gc
gc.disable()
class A:
    pass
a = A(); b = A(); a.o = b; b.o = a
del a, b
print("pair", gc.collect())
x = A(); x.self = x
d = x.__dict__
del x, d
print("dict seen", gc.collect())
y = A(); y.self = y
print(vars(y) is not None)
del y
print("vars seen", gc.collect())
l = []; l.append(l); del l
print("list", gc.collect())
class B:
    def __init__(self):
        self.me = self
        self.data = [1, 2]
B(); B()
print("with lists", gc.collect())
class L(list):
    pass
m = L(); m.tag = m; m.append(m); del m
print("list subclass", gc.collect())
class E(Exception):
    pass
e = E("x"); e.me = e; del e
print("exception", gc.collect())
def f():
    pass
f.me = f
del f
print("function", gc.collect())
class C:
    pass
C.me = C
del C
print("class", gc.collect() > 0)
import weakref
gc.disable()
class D(dict): pass
m = D(); m.tag = m; del m
print("dict subclass", gc.collect())
class S(set): pass
m = S(); m.tag = m; del m
print("set subclass", gc.collect())
class R(weakref.ref): pass
class T: pass
t = T()
m = R(t); m.tag = m; del m
print("ref subclass", gc.collect())
class O: pass
class P(O): pass
p = P(); p.me = p; del p
print("sub-subclass", gc.collect())
