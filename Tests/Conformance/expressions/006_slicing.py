# checks slices with steps and negatives on list, tuple and str
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::2], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2])
t = tuple("abcdef")
print(t[1:4], t[::-3])
s = "hello world"
print(s[:5], s[6:], s[::-1], s[-5:-1])
