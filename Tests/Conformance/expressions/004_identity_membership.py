# checks is, is not, in and not in for builtin containers
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 2 in a, 3 not in a)
print("ell" in "hello", "k" in {"k": 1}, 1 in {1: "x"}, "x" in {1: "x"})
print(3 in range(5), 5 in range(5), (1, 2) in [(1, 2)], 2 in {1, 2})
