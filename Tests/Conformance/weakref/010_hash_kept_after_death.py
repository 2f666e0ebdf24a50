# checks the hash of a ref equals the referent's and is kept after death once computed
import weakref
class Key:
    def __hash__(self):
        return 1234
k = Key()
r = weakref.ref(k)
print(hash(r), hash(r) == hash(k))
del k
print(r(), hash(r))
