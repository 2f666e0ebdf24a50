# checks IndexError message for list reads
xs = [10, 20]
print(xs[-2])
print(xs[2])
