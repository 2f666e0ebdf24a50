# checks finalizers run as each object dies, in the order of deaths
import weakref
class Resource:
    pass
items = [Resource() for _ in range(3)]
for i, item in enumerate(items):
    weakref.finalize(item, print, "finalized", i)
del item
items.pop(1)
print("popped middle")
items.clear()
print("cleared")
