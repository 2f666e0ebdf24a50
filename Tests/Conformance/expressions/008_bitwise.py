# checks bitwise operators on ints including negatives
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 << 4)
print(-6 & 0xFF, 5 ^ -1, 0b1010 | 0o17)
print(1 << 70, (1 << 70) >> 69)
