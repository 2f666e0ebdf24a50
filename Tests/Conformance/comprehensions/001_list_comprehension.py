# checks list comprehensions with conditions and nested loops
print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "c"]])
print([x if x > 1 else -x for x in range(4)])
