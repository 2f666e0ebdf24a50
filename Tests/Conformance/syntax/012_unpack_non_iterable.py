# checks the TypeError when unpacking a non-iterable
a, b = "xy"
print(a, b)
a, b = 5
