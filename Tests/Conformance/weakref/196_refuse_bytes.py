# checks weak references to bytes are refused (bytes literals are optional in the subset)
import weakref
data = b"raw"
print(weakref.getweakrefcount(data))
weakref.ref(data)
