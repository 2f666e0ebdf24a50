# checks except with a tuple of exception types
for thing in [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x")]:
    try:
        thing()
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, e)
