# sys.getrefcount of constants counts what CPython's code objects (co_consts) and the
# program's syntax tree hold, plus the references the program takes.
import sys
s = "hello"
print(sys.getrefcount(s))
t = "hello"
print(sys.getrefcount(s))
print(sys.getrefcount("a b c"))
u = "a b c"
print(sys.getrefcount(u))
def f():
    return "zzz top"
v = f()
print(sys.getrefcount(v))
w = "qq"
def g():
    return "qq"
print(sys.getrefcount(w))
d = {"key one": 1}
print(sys.getrefcount(list(d)[0]))
