# checks str and repr of ints and parsing of underscores and signs
print(str(-0), repr(10 ** 20), int("1_000"), 1_000_000, int("+5"))
print(str(12345678901234567890123), int(str(2 ** 90)) == 2 ** 90)
