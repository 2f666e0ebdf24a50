# checks pop from an empty set raises KeyError
s = set()
print(len(s))
s.pop()
