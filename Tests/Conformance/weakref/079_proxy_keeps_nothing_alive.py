# checks a proxy does not keep its referent alive
import weakref
class A:
    def __del__(self):
        print("A died")
a = A()
p = weakref.proxy(a)
print("deleting")
del a
print("proxy still exists:", type(p).__name__)
