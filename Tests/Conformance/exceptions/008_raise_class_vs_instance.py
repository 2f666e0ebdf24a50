# checks raising a class instantiates it, and raising with arguments
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
raise RuntimeError
