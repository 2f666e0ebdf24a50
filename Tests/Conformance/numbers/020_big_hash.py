# checks hash() of big ints (modulo 2**61 - 1) and that equal ints and floats hash alike
for v in (2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, 3 ** 100, 10 ** 30, -(2 ** 61) + 1, -(2 ** 61), -(2 ** 64), -(3 ** 100)):
    print(hash(v))
print(hash(-1), hash(-(2 ** 61 - 1) - 1), hash(-(2 ** 122 - 1)))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(-(2 ** 80)) == hash(-(2.0 ** 80)), hash(10 ** 20) == hash(1e20))
print(hash(-1.5), hash(-2.5e20), hash(-123.456))
d = {2 ** 64: "a", 2 ** 65: "b", 2.0 ** 66: "c"}
print(d[2 ** 64], d[2 ** 65], d[2 ** 66], 2 ** 64 in d, (2 ** 64) - 1 in d, {2 ** 64 - 2 ** 64: 1}[0])
s = {2 ** 100, 2 ** 100, 2 ** 99 * 2, 2.0 ** 100}
print(len(s))
