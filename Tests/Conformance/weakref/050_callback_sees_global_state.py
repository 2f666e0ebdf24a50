# checks callbacks can update program state such as a registry of live objects
import weakref
live = {}
class Session:
    def __init__(self, name):
        self.name = name
        live[name] = weakref.ref(self, lambda r, n=name: live.pop(n))
s1 = Session("a")
s2 = Session("b")
print(sorted(live))
del s1
print(sorted(live))
s2 = None
print(sorted(live))
