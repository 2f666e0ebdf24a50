# checks ValueError messages of builtins
tests = [lambda: int("12a"), lambda: [1].index(2), lambda: int(""), lambda: chr(-1), lambda: max([])]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(e)
