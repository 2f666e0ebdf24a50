# checks resurrecting into a container during collection and reading attributes afterwards
import gc
gc.disable()
graveyard = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        graveyard.append(self)
a, b = Node("a"), Node("b")
a.o, b.o = b, a
del a, b
gc.collect()
print(sorted(n.name for n in graveyard), sorted(n.o.name for n in graveyard))
