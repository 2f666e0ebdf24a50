# checks weak references to a plain list are refused, unlike a list subclass
import weakref
class MyList(list):
    pass
keep = MyList()
print(weakref.ref(keep)() is keep)
weakref.ref([1, 2])
