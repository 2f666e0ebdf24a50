# checks weak references to a plain dict are refused, unlike a dict subclass
import weakref
class MyDict(dict):
    pass
keep = MyDict()
print(weakref.ref(keep)() is keep)
weakref.ref({})
