# checks TypeError for iterating a non-iterable
for x in 5:
    print(x)
