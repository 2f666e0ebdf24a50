# checks len of a WeakValueDictionary as values die one by one
import weakref
class V:
    pass
vals = [V() for _ in range(5)]
d = weakref.WeakValueDictionary(enumerate(vals))
lengths = []
while vals:
    vals.pop()
    lengths.append(len(d))
print(lengths)
