# checks the ValueError when unpacking too many values
a, b = 1, 2
print(a, b)
try:
    a, b = [1]
except ValueError as e:
    print(e)
x, y = (1, 2, 3)
