# checks != and ordering comparisons between WeakSets and other iterables
import weakref

class Thing:
    pass

a, b = Thing(), Thing()
ws = weakref.WeakSet([a, b])
other = weakref.WeakSet([a])
print(ws != other, ws != weakref.WeakSet([b, a]), ws == weakref.WeakSet([b, a]))
print(ws != {a, b}, ws == {a, b})
print(other <= [a, b], other < [a, b], ws >= [a], ws > [a], ws > [a, b])
print(ws.issubset([a, b, Thing()]), ws.issuperset((a,)), ws.isdisjoint([Thing()]))
try:
    ws < 5
except TypeError as e:
    print("TypeError:", e)
