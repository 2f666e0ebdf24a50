# checks that big ints as slice bounds are clipped, while big indexes are refused
a = [1, 2, 3, 4]
print(a[:2 ** 70], a[-2 ** 70:], a[1:2 ** 64:2 ** 65], "hello"[-(2 ** 80):2 ** 80], a[::-(2 ** 70)], (1, 2, 3)[2 ** 64:])
b = list(range(10))
b[2 ** 70:] = [99]
print(b)
for f in (lambda: a[2 ** 64], lambda: a[-(2 ** 64)], lambda: "abc"[2 ** 100]):
    try:
        f()
    except IndexError as e:
        print(e)
