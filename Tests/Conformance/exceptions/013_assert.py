# checks assert with and without a message
assert 1 + 1 == 2
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e))
x = 3
assert x > 5, "x must exceed 5, got " + str(x)
