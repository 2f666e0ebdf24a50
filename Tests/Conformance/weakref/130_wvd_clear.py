# checks clear empties the dictionary without killing values held elsewhere
import weakref
class V:
    pass
a = V()
d = weakref.WeakValueDictionary(a=a)
d.clear()
print(len(d), list(d), a is not None)
