# checks weak references to str are refused, uncaught
import weakref
name = "text"
weakref.ref(name)
