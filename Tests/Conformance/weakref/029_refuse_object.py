# checks weak references to a plain object() are refused, unlike a trivial subclass
import weakref
class Sub:
    pass
s = Sub()
print(weakref.ref(s)() is s)
weakref.ref(object())
