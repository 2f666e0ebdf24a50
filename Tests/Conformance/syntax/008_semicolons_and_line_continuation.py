# checks semicolon-separated statements, backslash continuation and implicit continuation
a = 1; b = 2; print(a + b)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items, (4 +
              5))
