# checks weak references to int are refused
import weakref
weakref.ref(5)
