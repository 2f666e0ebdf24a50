# checks iter and next on builtin iterables
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, None))
d = iter({"k": 1})
print(next(d))
s = iter("hi")
print(next(s), next(s))
