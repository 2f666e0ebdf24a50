# A ten-line learner program: end to end, process start included.
import weakref
class Node:
    def __init__(self, name):
        self.name = name
a = Node("a")
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())
