# checks weak references to None are refused
import weakref
weakref.ref(None)
