# checks weak references to int are refused
import weakref
class Box:
    pass
print(weakref.ref(Box()) is not None)
weakref.ref(5)
