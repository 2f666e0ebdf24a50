# 1M weak references created, dereferenced and killed (issue 5).
import weakref

class Token:
    pass

alive = 0
for i in range(1000000):
    t = Token()
    r = weakref.ref(t)
    if r() is t:
        alive += 1
    del t
    if r() is None:
        alive -= 1
print(alive)
