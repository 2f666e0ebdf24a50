# Containers that contain themselves: repr, equality and teardown must not recurse forever.
a = []
a.append(a)
d = {}
d["me"] = d
print(a, d)
print(a == a)
b = [a, d, a]
del a, d
print(len(b))
