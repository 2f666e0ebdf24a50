# checks the exceptions big ints raise, with CPython's messages
def attempt(f):
    try:
        print(f())
    except (ValueError, OverflowError, ZeroDivisionError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: float(10 ** 400))
attempt(lambda: 10 ** 400 / 3)
attempt(lambda: 10 ** 400 * 1.0)
attempt(lambda: 1.5 + 10 ** 400)
attempt(lambda: [1][2 ** 70])
attempt(lambda: "a" * 2 ** 70)
attempt(lambda: int("12x" + "3" * 30))
attempt(lambda: (2 ** 70) // 0)
attempt(lambda: (2 ** 70) % 0)
attempt(lambda: divmod(2 ** 70, 0))
attempt(lambda: (2 ** 70) / 0)
attempt(lambda: 2 ** 70 >> -1)
attempt(lambda: 2 ** 70 << -1)
attempt(lambda: 0 ** -(2 ** 70))
attempt(lambda: pow(2 ** 70, 2, 0))
attempt(lambda: 2 ** 70 + "a")
attempt(lambda: int("5", 37))
attempt(lambda: int(float("inf")))
