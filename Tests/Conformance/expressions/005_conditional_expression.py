# checks conditional expressions and their laziness
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(1 if True else 1/0)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
