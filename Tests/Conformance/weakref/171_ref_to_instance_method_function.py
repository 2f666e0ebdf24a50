# checks a ref to a class's function object stays alive while the class holds it
import weakref
class A:
    def method(self):
        return "m"
r = weakref.ref(A.method)
print(r() is A.method, r()(A()))
del A.method
print(r())
