# checks the classic cache pattern: reuse while alive, recreate after death
import weakref
class Image:
    made = 0
    def __init__(self, name):
        Image.made += 1
        self.name = name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = load("x")
b = load("x")
print(a is b, Image.made)
del a, b
c = load("x")
print(Image.made, len(cache))
