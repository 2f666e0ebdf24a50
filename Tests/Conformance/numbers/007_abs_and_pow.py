# checks abs and ** with negative and float exponents
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(2 ** -1, (-8) ** 2, 2 ** 0, 0 ** 0, 9 ** 0.5, (-2) ** 3)
print(2 ** 10 % 1000, 3 ** 4 % 5, 10 ** -1)
