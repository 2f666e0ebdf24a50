# checks refs do not support ordering comparisons
import weakref
class A:
    pass
a, b = A(), A()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == ra)
ra < rb
