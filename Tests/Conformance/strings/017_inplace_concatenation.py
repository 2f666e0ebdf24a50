# checks s += t stays correct when the right side rebinds or saves the variable (the core appends in place only when nothing else holds the str)
def outer():
    s = "a" * 3
    keep = []
    def g():
        nonlocal s
        keep.append(s)
        s = "zz"
        return "b"
    s += g()
    print(s, keep)
outer()
def h():
    global t, kept
    kept = t
    t = "zz"
    return "c"
t = "q" * 2
t += h()
print(t, kept)
u = "x" * 2
v = u
u += "y"
print(u, v, u is v)
w = "m" * 2
for i in range(3):
    w += "n"
print(w, len(w))
class C:
    z = "k" * 2
    z += "j"
print(C.z)
z = "p" * 2
class D:
    z += "r"
print(z, D.z)
def grow():
    s = ""
    for i in range(2000):
        s += "ab"
    return s
r = grow()
print(len(r), r[:6], r[-4:], hash(r) == hash("ab" * 2000), r == "ab" * 2000)
d = {}
k = "k" * 2
k += "1"
d[k] = 1
k += "2"
print(d, k, d.get("kk1"), d.get(k))
m = "h" * 3
before = hash(m)
m += "i"
print(hash(m) == hash("hhhi"), hash(m) != before, len(m), m.upper())
