# checks x, X, b, o and alternate-form specs for ints
n = 255
print(f"{n:x} {n:X} {n:b} {n:o} {n:#x} {n:#b}")
print(f"{n:08b} {10**9:,}")
