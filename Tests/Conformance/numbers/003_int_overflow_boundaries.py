# checks results around the 64-bit boundary stay exact
big = 9223372036854775807
print(big + 1, big * 2, -big - 2, big ** 2)
print(abs(-big - 1), (big + 1) // 2, hash(5), -(-big - 1))
