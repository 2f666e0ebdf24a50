# checks min and max with iterables, multiple args, key and default
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max("ab", "b"))
print(max(["aa", "b", "ccc"], key=len), min([5, -7, 3], key=abs))
print(max([], default="empty"), min((1, 1)))
max([])
