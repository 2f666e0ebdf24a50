# checks the type name of a WeakSet and that it is not a set
import weakref
s = weakref.WeakSet()
print(type(s).__name__, isinstance(s, set), len(s), bool(s))
