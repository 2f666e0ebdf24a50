# checks | and |= between weak dictionaries, dicts and the reflected forms
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Thing(%s)" % self.name

a, b, c = Thing("a"), Thing("b"), Thing("c")
wvd = weakref.WeakValueDictionary({1: a})
merged = {2: b} | wvd
print(type(merged).__name__, sorted(merged.items()))
merged = wvd | {3: c}
print(type(merged).__name__, sorted(merged.items()))
wkd = weakref.WeakKeyDictionary({a: 1})
both = wvd | weakref.WeakValueDictionary({4: c})
print(sorted(both.items()))
m = {b: 2} | wkd
print(type(m).__name__, sorted((k.name, v) for k, v in m.items()))
m2 = wkd | {c: 3}
print(type(m2).__name__, sorted((k.name, v) for k, v in m2.items()))
try:
    wvd | wkd
except TypeError as e:
    print("TypeError", e)
wvd |= {5: b}
print(sorted(wvd.keys()))
try:
    wvd | [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    [1] | wkd
except TypeError as e:
    print("TypeError", e)
