# checks issubset, issuperset, isdisjoint and comparison operators
import weakref
class Item:
    pass
a, b, c = Item(), Item(), Item()
small = weakref.WeakSet([a])
big = weakref.WeakSet([a, b])
other = weakref.WeakSet([c])
print(small.issubset(big), big.issuperset(small), small.isdisjoint(other), small.isdisjoint(big))
print(small <= big, small < big, big >= small, big > big, small == weakref.WeakSet([a]), small != big)
