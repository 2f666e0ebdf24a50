# checks WeakSet.add refuses objects that cannot be weakly referenced
import weakref
s = weakref.WeakSet()
print(5 in s)
s.add(5)
