# checks slice deletion and extended slice assignment
xs = list(range(8))
del xs[::2]
print(xs)
xs[::2] = ["a", "b"]
print(xs)
xs[1:1] = [0, 0]
print(xs)
