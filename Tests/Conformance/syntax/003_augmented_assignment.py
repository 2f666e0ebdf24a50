# checks every augmented assignment operator on ints and containers
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n |= 6; print(n)
n &= 3; print(n)
f = 7
f /= 2; print(f)
xs = [1]
alias = xs
xs += [2, 3]
print(xs, alias is xs)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1, 2}
s |= {3}
s &= {2, 3}
print(sorted(s))
