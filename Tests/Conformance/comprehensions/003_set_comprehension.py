# checks set comprehensions of ints
print(sorted({x % 4 for x in range(20)}))
print({x for x in []}, len({c for c in "mississippi"}))
