# checks subclasses of list and dict accept weak references
import weakref
class MyList(list):
    pass
class MyDict(dict):
    pass
ml = MyList([1])
md = MyDict(a=1)
r1, r2 = weakref.ref(ml), weakref.ref(md)
print(r1() is ml, r2() is md, r1(), r2())
del ml, md
print(r1(), r2())
