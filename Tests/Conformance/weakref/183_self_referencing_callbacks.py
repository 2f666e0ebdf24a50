# checks several callbacks that call their own (dead) reference
import weakref
class C:
    pass
def callback(ref):
    print("callback sees", ref(), "and", holder[0]())
c = C()
holder = [weakref.ref(c, callback)]
second = weakref.ref(c, callback)
del c
