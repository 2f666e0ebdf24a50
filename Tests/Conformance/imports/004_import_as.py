# checks import with alias and from-import
import weakref as wr
from weakref import ref, WeakValueDictionary
from gc import collect
class A:
    pass
a = A()
print(wr.ref is ref, ref(a)() is a, type(WeakValueDictionary()).__name__, callable(collect))
