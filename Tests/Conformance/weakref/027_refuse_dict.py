# checks weak references to a plain dict are refused
import weakref
weakref.ref({})
