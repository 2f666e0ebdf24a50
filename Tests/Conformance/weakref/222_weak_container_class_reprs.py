# checks the reprs, names and modules of weakref's Python-level classes and their instances' types
import weakref

for cls in (weakref.WeakSet, weakref.WeakValueDictionary, weakref.WeakKeyDictionary,
            weakref.KeyedRef, weakref.finalize, weakref.WeakMethod):
    print(cls, cls.__name__, cls.__module__)
print(type(weakref.WeakSet()), type(weakref.WeakValueDictionary()))
print(weakref.WeakSet.add.__qualname__, weakref.WeakValueDictionary.get.__qualname__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
