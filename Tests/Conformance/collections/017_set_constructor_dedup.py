# checks set() and frozenset() deduplicate and compare
print(sorted(set([3, 1, 3, 2, 1])), len(set("aabbc")), set() == set([]))
f = frozenset([1, 2, 2])
print(len(f), 2 in f, sorted(f))
print({1, 2} | frozenset({3}) == {1, 2, 3})
