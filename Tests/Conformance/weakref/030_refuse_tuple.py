# checks weak references to a tuple are refused
import weakref
weakref.ref((1, 2))
