# checks weak references to a plain object() are refused
import weakref
weakref.ref(object())
