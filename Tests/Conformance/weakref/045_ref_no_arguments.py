# checks ref() with no arguments raises TypeError
import weakref
weakref.ref()
