# checks list() from iterables and copying
print(list(), list("hi"), list((1, 2)), list({3: 4}), list(range(3)))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
