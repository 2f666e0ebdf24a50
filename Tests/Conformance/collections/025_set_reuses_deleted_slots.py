# Deleted slots are taken over by later insertions, as CPython's set_add_entry does,
# which decides the iteration order of sets of ints after removals.
s = set()
for x in (1, 9):
    s.add(x)
s.discard(1)
s.add(17)
print(list(s))

t = set(range(0, 64, 8))
for x in range(0, 32, 8):
    t.discard(x)
for x in range(64, 128, 8):
    t.add(x)
print(list(t))

u = set()
for x in (3, 11, 19):
    u.add(x)
u.remove(11)
u.add(27)
u.remove(3)
u.add(35)
print(list(u))

v = set()
for x in (5, 13, 21, 29):
    v.add(x)
for x in (5, 13, 21):
    v.remove(x)
for x in (37, 45):
    v.add(x)
print(list(v), len(v))

w = set(range(100))
for x in range(0, 100, 3):
    w.discard(x)
for x in range(200, 260):
    w.add(x)
print(list(w))
