# checks range() argument errors
print(list(range(1, 10, 4)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
range(1.5)
