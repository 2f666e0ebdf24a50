# checks generator expressions passed to builtins
nums = [3, -1, 4, -1, 5]
print(sum(x for x in nums), sum(x * 2 for x in nums if x > 0))
print(any(x < 0 for x in nums), all(x > -2 for x in nums))
print(min(abs(x) for x in nums), max(x for x in nums))
print(sorted(x % 3 for x in nums), list(x for x in "ab"))
print(tuple(x for x in range(3)), set(x for x in [1, 1, 2]), dict((x, 0) for x in "ab"))
