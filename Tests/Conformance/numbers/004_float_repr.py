# checks the shortest round-trip repr of floats
print(0.1, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e-5, 123456789.123, 1/3)
print(2.5e-10, 1e22, 1.5e300 * 1e10, 3.0 * 1.1)
print(repr(1e100), str(0.5), float("inf"), -float("inf"))
print(float("nan"), 7.0 / 2, 2 ** 0.5, 10 ** -2)
