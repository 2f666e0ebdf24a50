# checks slices whose step or bounds sit at the ends of the 64-bit range
xs = list(range(10))
s = "abcdef"
t = tuple(xs)
for step in (2**63 - 1, -(2**63), -(2**63) + 1, 2**64, -(2**64)):
    print(step, xs[::step], s[::step], t[::step])
print(xs[-(2**63):2**63], s[2**63:], t[:-(2**63)])
print(xs[-(2**63)::-(2**63)], s[2**63::-(2**63)])
