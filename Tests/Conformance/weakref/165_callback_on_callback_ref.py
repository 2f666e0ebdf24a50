# checks a callback whose own weakref's referent dies during another callback
import weakref
class A:
    pass
a, b = A(), A()
def kill_b(ref):
    global b
    print("a's callback kills b")
    b = None
rb = weakref.ref(b, lambda ref: print("b's callback"))
ra = weakref.ref(a, kill_b)
del a
print("end", rb())
