# checks subclasses of int, str and tuple still refuse weak references
import weakref
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
for obj in [MyInt(3), MyStr("s"), MyTuple((1,))]:
    try:
        weakref.ref(obj)
        print("accepted", type(obj).__name__)
    except TypeError as e:
        print(e)
