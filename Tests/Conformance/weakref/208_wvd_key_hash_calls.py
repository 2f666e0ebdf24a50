# checks how many times each WeakValueDictionary operation hashes and compares a key
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("  hash", self.name)
        return 7
    def __eq__(self, other):
        print("  eq", self.name, other.name)
        return self.name == other.name

class Value:
    pass

v1, v2 = Value(), Value()
k1, k2 = Key("one"), Key("two")
d = weakref.WeakValueDictionary()
print("set")
d[k1] = v1
d[k2] = v2
print("get")
d.get(Key("two"))
print("getitem")
d[k1]
print("contains")
print(Key("one") in d)
print("setdefault")
d.setdefault(k1, v2)
print("death")
del v2
print("pop")
d.pop(k1)
print("update")
d.update({k2: v1})
print("len", len(d))
