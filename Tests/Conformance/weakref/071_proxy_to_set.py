# checks a proxy to a set forwards set operations
import weakref
s = {1, 2, 3}
p = weakref.proxy(s)
p.add(4)
print(len(p), 4 in p, sorted(p), sorted(p | {9}), sorted(p & {1, 9}))
