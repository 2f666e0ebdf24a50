# checks the TypeError when unpacking a non-iterable
a, b = 5
