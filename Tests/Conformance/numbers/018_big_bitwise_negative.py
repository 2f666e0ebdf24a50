# checks & | ^ ~ on big ints, negatives behaving as infinite two's complement
a = 3 ** 70
b = -(5 ** 40)
print(a & b, a | b, a ^ b)
print(b & -a, b | -a, b ^ -a)
print(a & 0xFFFF, b & 0xFFFF, -1 & a, 0 | b, b ^ -1, ~b, ~a, ~-a)
print(-(2 ** 64) & (2 ** 64 - 1), -(2 ** 64) | 1, (2 ** 64) ^ (2 ** 64), -(2 ** 100) & -(2 ** 99))
print((-(2 ** 70)) & 0xFF, (-(2 ** 70) - 1) & 0xFF, (-(2 ** 70) + 3) | 0, (-(2 ** 70)) ^ (2 ** 70))
for x in (2 ** 65 + 3, -(2 ** 65) - 3, -1, -(2 ** 127)):
    for y in (-(2 ** 66), 2 ** 64 - 1, -7):
        print((x & y) + (x | y) == x + y, (x ^ y) == (x | y) - (x & y), (x & y) >> 60)
