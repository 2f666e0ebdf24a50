# checks weak references to None are refused
import weakref
value = None
print(weakref.getweakrefcount(value))
weakref.ref(value)
