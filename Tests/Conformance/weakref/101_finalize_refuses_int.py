# checks finalize refuses objects that cannot be weakly referenced
import weakref
class A:
    pass
a = A()
print(weakref.finalize(a, print, "x").alive)
weakref.finalize(5, print, "x")
