# checks messages of list.remove, list.index and pop from empty
xs = [1, 2]
try:
    xs.remove(5)
except ValueError as e:
    print(e)
try:
    xs.index(7)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    xs.pop(10)
except IndexError as e:
    print(e)
xs[5] = 1
