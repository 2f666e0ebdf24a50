# checks a weak reference created inside __del__ is dead afterwards
import weakref
class A:
    def __del__(self):
        global late
        late = weakref.ref(self)
        print("in __del__, late ref alive:", late() is self)
a = A()
del a
print("after death:", late())
