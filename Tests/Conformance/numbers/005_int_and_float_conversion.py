# checks int() and float() conversions from strings and floats
print(int("42"), int("-7"), int("  12  "), int(3.9), int(-3.9), int(True))
print(float("2.5"), float(3), float("-1e3"), int("ff", 16), int("101", 2))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
int("1.5")
