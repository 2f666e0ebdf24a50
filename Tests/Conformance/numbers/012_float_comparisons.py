# checks float equality, inf and nan comparisons
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, inf > 10 ** 300, -inf < -1e308, 0.1 + 0.2 == 0.3)
print(1e308 * 10, 2 ** 1023 < inf, 1 == 1.0000000000000001)
