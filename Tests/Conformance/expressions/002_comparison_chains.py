# checks chained comparisons and their short-circuit
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(v(1) < v(0) < v(5))
print(1 == 1.0, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) <= (1, 2))
x = 5
print(0 <= x < 10, 0 <= x < 5)
