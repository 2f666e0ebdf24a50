# Constant tuples, bytes and big ints: counted as CPython holds them (a folded tuple's
# inner tuple is still held by the syntax tree), and a class docstring.
import sys
t = (1, 2)
print(sys.getrefcount(t))
u = (1, (2, 3))
print(sys.getrefcount(u), sys.getrefcount(u[1]))
b = b"raw bytes"
print(sys.getrefcount(b))
n = 123456789012345678901234567890
print(sys.getrefcount(n))
def label():
    return "a label"
items = [label() for _ in range(5)]
print(sys.getrefcount(items[0]))
del items
print(sys.getrefcount(label()))
s = "spam and eggs"
d = {s: s}
print(sys.getrefcount(s))
class K:
    """A docstring here."""
print(sys.getrefcount(K.__doc__))
