# checks TypeError messages of common operations
tests = [lambda: len(5), lambda: "a" * "b", lambda: [1] + (2,), lambda: None + 1, lambda: {}[[]], lambda: abs("x")]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
