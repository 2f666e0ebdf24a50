# checks that a half-used iterator, once dropped, stops delaying removals and frees the dictionary
import weakref

class Value:
    def __init__(self, n):
        self.n = n

values = [Value(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for v in values:
    d[v.n] = v
it = iter(d)
print(next(it))
values.pop()
print("during", sorted(d.data))
del it
values.pop()
print("after", sorted(d.data), len(d))
watch = weakref.ref(d)
it = d.items()
next(it)
del d
print(watch() is not None)
del it
print(watch() is None)
