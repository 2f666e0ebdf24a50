# checks NameError suggesting a builtin name
xs = [1, 2]
print(lenn(xs))
