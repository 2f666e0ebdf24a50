# checks WeakKeyDictionary stores keys weakly and entries vanish on death
import weakref
class Widget:
    def __init__(self, name):
        self.name = name
meta = weakref.WeakKeyDictionary()
w1, w2 = Widget("one"), Widget("two")
meta[w1] = "first"
meta[w2] = "second"
print(len(meta), meta[w1], w2 in meta, [k.name for k in meta.keys()])
del w1
print(len(meta), [k.name for k in meta], list(meta.values()))
