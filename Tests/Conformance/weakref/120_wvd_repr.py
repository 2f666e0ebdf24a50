# checks the repr of a WeakValueDictionary
import weakref
d = weakref.WeakValueDictionary()
print(repr(d).startswith("<WeakValueDictionary at 0x"), d)
