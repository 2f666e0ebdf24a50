# checks weak references to a plain list are refused
import weakref
weakref.ref([1, 2])
