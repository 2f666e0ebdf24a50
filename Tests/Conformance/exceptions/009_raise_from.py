# checks raise ... from ... sets __cause__ and the final line
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
try:
    int("q")
except ValueError as err:
    raise RuntimeError("conversion failed") from err
