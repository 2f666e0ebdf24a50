# checks + and * on sequences
print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5)
print([1] * 3, [0, 1] + [2], (1,) * 2, 2 * (3, 4))
print([[0]] * 2)
