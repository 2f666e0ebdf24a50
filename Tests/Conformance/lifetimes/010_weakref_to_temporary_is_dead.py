# checks weakref.ref(Foo()) is already dead on the next line
import weakref
class Foo:
    def __del__(self):
        print("Foo died")
r = weakref.ref(Foo())
print("next line", r())
f = Foo()
r2 = weakref.ref(f)
print(r2() is f)
