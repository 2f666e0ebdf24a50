# checks hash on ints, tuples, None-like values and errors
print(hash(1), hash(-1), hash(0), hash(True), hash((1, 2)) == hash((1, 2)), hash(12345))
print(hash(1.5) == hash(1.5), hash(3.0) == hash(3))
hash({})
