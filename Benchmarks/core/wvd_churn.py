# WeakValueDictionary churn: 500k entries added, looked up and dropped (issue 5).
import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
keep = []
hits = 0
for i in range(500000):
    img = Image(i)
    cache[i] = img
    if i % 1000 == 0:
        keep.append(img)
    if cache.get(i) is img:
        hits += 1
    del img
print(hits, len(cache))
