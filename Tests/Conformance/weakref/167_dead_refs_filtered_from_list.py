# checks a list of refs can be filtered for the live ones
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(5)]
refs = [weakref.ref(i) for i in items]
del items[::2]
print([r().n for r in refs if r() is not None], sum(r() is None for r in refs))
