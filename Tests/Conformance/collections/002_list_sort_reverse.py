# checks sort with key and reverse, reverse, clear and copy
xs = [5, 2, 9, 1]
ys = xs.copy()
xs.sort()
print(xs, ys)
xs.sort(reverse=True)
print(xs)
words = ["pear", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words)
words.reverse()
print(words)
ys.clear()
print(ys, len(ys))
pairs = [(2, "b"), (1, "z"), (2, "a")]
pairs.sort()
print(pairs)
