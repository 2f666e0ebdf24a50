# checks the repr of a WeakKeyDictionary
import weakref
d = weakref.WeakKeyDictionary()
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
