# checks round() with negative digits, round() of big floats and three-argument pow() on big ints
print(round(2 ** 70, -5), round(-(2 ** 70), -10), round(123456789012345678901234567890, -29))
print(round(5 * 10 ** 20, -21), round(15 * 10 ** 20, -21), round(25 * 10 ** 20, -21), round(-25 * 10 ** 20, -21))
print(round(9223372036854775807, -1), round(9223372036854775807, -3), round(2 ** 100, -50), round(2 ** 100, 3))
print(round(1e20), round(-1e25), round(2.5e30), round(2 ** 80), round(2 ** 80, None))
print(pow(3, 2 ** 70, 10 ** 9 + 7), pow(2 ** 100, 2 ** 50, 97), pow(-(2 ** 90), 3, 1000), pow(2 ** 70, 5, -(10 ** 20) - 1))
print(pow(7, 10 ** 20, 2 ** 64), pow(2 ** 64, 0, 5), pow(2 ** 64, 1, 1))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(10)) + 2 ** 64, sum([2 ** 64, -(2 ** 64)]), sum([1.5, 2 ** 64]))
print(pow(3, -1, 7), pow(2 ** 70 + 1, -3, 10 ** 20 + 39), pow(5, 3, -7), pow(-5, 3, -7), pow(10, -2, -(3 ** 40)))
try:
    pow(6, -1, 2 ** 70)
except ValueError as e:
    print(e)
