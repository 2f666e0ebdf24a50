# checks a plain ref to a bound method is dead at once (the method object is temporary)
import weakref
class A:
    def hello(self):
        return "hi"
a = A()
r = weakref.ref(a.hello)
print(r())
m = a.hello
r2 = weakref.ref(m)
print(r2() is m, r2()())
