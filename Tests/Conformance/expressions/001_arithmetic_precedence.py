# checks operator precedence and associativity of arithmetic
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 17 // 5 * 2)
print(7 % 3 * 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4)
