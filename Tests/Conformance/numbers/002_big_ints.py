# checks arbitrary-precision arithmetic past 64 bits
x = 2 ** 64
print(x, x - 1, x * x)
print(2 ** 100 // 3 ** 20, 2 ** 100 % 1000007)
print(-(2 ** 63) - 1, (2 ** 63 - 1) + 1)
f = 1
for i in range(1, 26):
    f *= i
print(f)
print(10 ** 30 // 10 ** 29, len(str(7 ** 77)))
