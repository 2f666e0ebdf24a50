# The same site sees instances of many classes, some made and dropped in a loop, so a
# new class may take the place of a dead one.
def read(o):
    return o.value

def write(o, v):
    o.value = v

results = []
for i in range(6):
    if i % 2:
        class K:
            value = "class attribute"
    else:
        class K:
            @property
            def value(self):
                return "property"
            @value.setter
            def value(self, v):
                results.append(("setter", v))
    k = K()
    results.append(read(k))
    write(k, i)
    results.append(read(k))
    del K, k
print(results)

class Slotted:
    __slots__ = ("value",)

class Plain:
    pass

for o in [Slotted(), Plain(), Slotted(), Plain()]:
    write(o, type(o).__name__)
    print(read(o))
