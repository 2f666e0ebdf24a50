# checks WeakSet holding functions and classes
import weakref
def f():
    pass
class C:
    pass
s = weakref.WeakSet([f, C])
print(f in s, C in s, len(s))
del f
print(len(s))
