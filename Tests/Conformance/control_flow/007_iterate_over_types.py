# checks for loops over str, tuple, dict, set, range and enumerate
for c in "ab":
    print(c)
for k in {"x": 1, "y": 2}:
    print(k)
for v in sorted({3, 1, 2}):
    print(v)
for i, v in enumerate(("p", "q"), start=1):
    print(i, v)
