# checks tuple and list unpacking in assignments, including nested targets and swaps
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
(p, q), r = (3, 4), 5
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
