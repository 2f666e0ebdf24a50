# checks ref() with no arguments raises TypeError
import weakref
class A:
    pass
print(weakref.ref(A()) is not None)
weakref.ref()
