# checks len on builtin containers and errors
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(""))
len(None)
