# gc.collect() over 100k objects in cycles (issue 5).
import gc
import weakref
gc.disable()

class Node:
    def __init__(self):
        self.other = None

for i in range(50000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
probe = weakref.ref(a)
del a, b
print(probe() is not None)
gc.collect()
print(probe() is None)
