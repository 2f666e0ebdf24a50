# checks an item dying during iteration is removed after the iteration
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(3)]
s = weakref.WeakSet(items)
count = 0
for x in s:
    count += 1
    if count == 1:
        victim = [i for i in items if i is not x][0]
        items.remove(victim)
        del victim
del x
print(count in (2, 3), len(s))
