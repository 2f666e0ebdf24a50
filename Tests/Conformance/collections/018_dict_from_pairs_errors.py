# checks dict() from a bad sequence raises a clear error
print(dict([("a", 1), ("b", 2)]))
dict([("a", 1, 2)])
