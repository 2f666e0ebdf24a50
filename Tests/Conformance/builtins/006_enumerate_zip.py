# checks enumerate with start and zip with unequal lengths
print(list(enumerate("ab")), list(enumerate([7, 8], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b"]
ages = [1, 2]
for n, a in zip(names, ages):
    print(n, a)
