# checks WeakSet in-place operators when the other operand holds an item that refuses weak references
import weakref

class Thing:
    def __init__(self, n):
        self.n = n

things = [Thing(i) for i in range(4)]
ws = weakref.WeakSet(things)
for op in ("intersection_update", "symmetric_difference_update"):
    try:
        getattr(ws, op)([things[0], 5])
    except TypeError as e:
        print(op, "TypeError:", e)
    print(sorted(t.n for t in ws))
try:
    ws.update([things[1], "text"])
except TypeError as e:
    print("update TypeError:", e)
print(sorted(t.n for t in ws), 5 in ws, "text" in ws)
