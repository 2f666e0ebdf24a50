# checks del of names, attributes, subscripts, slices and tuples of targets
a = 1
b = 2
del a
print(b)
class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
xs = [0, 1, 2, 3, 4]
del xs[0]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
del b, c
try:
    print(b)
except NameError as e:
    print(e)
