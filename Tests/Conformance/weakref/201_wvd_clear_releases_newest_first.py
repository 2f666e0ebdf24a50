# checks that clear() on a WeakValueDictionary lets go of its keys newest first
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __del__(self):
        print("key", self.name, "released")

class Value:
    pass

values = [Value() for i in range(3)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(values):
    d[Key("k%d" % i)] = v
print(len(d))
d.clear()
print(len(d), len(values))
