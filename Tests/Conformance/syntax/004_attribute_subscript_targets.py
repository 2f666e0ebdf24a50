# checks assignment to attributes, subscripts and slices
class Point:
    pass
p = Point()
p.x = 1
p.x += 10
print(p.x)
d = {}
d["k"] = [0, 0, 0]
d["k"][1] = 5
d["k"][2] += 3
print(d)
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:2] = []
print(xs)
xs[-1:] = [9, 9]
print(xs)
