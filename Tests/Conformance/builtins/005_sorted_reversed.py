# checks sorted with key/reverse and reversed on sequences
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
print(sorted([1, "a"]))
