# checks the repr of refs to a class, a set and a frozenset
import weakref
class Account:
    pass
s = {1, 2}
f = frozenset([3])
print(weakref.ref(Account))
print(weakref.ref(s))
print(weakref.ref(f))
