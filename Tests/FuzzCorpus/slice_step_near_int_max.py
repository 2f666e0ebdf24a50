# Slice steps and bounds near 2**63 once trapped on Int overflow.
xs = list(range(10))
print(xs[::2**63 - 1], xs[::-(2**63)], xs[-(2**63):2**63])
print("abc"[::9223372036854775807])
