# checks / // % and divmod with negative operands
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a / b, a // b, a % b, (a // b, a % b))
print(6 / 3, type(6 / 3).__name__, 7 // 2.0, -7 % 2.5)
