# checks set |, &, -, ^ and comparisons on sets of ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a > a, {1} == {1})
f = frozenset([1, 2])
print(sorted(f | {9}), f == {1, 2})
