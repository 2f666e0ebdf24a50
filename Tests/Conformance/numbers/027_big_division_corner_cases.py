# checks long division on operands whose limbs are extreme (the rare corrections of long division)
pairs = [
    (0x7fffffff80000001fffffffe000000010000000080000000, 0x8000000000000002ffffffff),
    (0xfffffffefffffffe0000000180000000ffffffff00000002, 0x800000008000000000000001),
    (0xfffffffe8000000000000002fffffffe7fffffff00000002, 0xfffffffe8000000080000001),
    (0x7fffffff0000000000000000800000007fffffff, 0x800000000000000080000000),
    (2 ** 128 - 1, 2 ** 64 + 1), (2 ** 192, 2 ** 96 - 1), (2 ** 256 - 2 ** 128, 2 ** 128 - 1),
]
for a, b in pairs:
    for x, y in ((a, b), (-a, b), (a, -b)):
        q, r = divmod(x, y)
        print(hex(q), hex(r), q * y + r == x, x // y == q, x % y == r)
    print(a / b, (a * b) // b == a, (a * b + b - 1) // b == a)
