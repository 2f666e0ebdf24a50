# checks weak references to a tuple are refused
import weakref
pair = (1, 2)
print(weakref.getweakrefcount(pair), weakref.getweakrefs(pair))
weakref.ref(pair)
