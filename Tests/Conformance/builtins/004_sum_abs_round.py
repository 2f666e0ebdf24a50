# checks sum with start, abs and round together
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum(range(101)))
print(sum([[1], [2]], []), abs(-2.5), round(-0.5), round(12.345, 1))
