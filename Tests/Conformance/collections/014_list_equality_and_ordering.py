# checks comparisons between lists and tuples
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 0], [2] > [1, 9])
print((1, "a") < (1, "b"), [] < [0], (3,) == (3,))
print([1, 2] < (1, 2))
