# checks range with start, stop, step, negative steps, len, indexing
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)))
r = range(10, 20, 2)
print(len(r), r[1], r[-1], 14 in r, 15 in r, r)
print(range(3) == range(0, 3))
