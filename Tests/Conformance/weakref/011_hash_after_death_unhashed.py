# checks hashing a dead ref whose hash was never computed raises TypeError
import weakref
class Key:
    def __hash__(self):
        return 99
k = Key()
r = weakref.ref(k)
del k
print(r())
hash(r)
