# checks an exception raised while handling another one
try:
    [][0]
except IndexError:
    print("handling")
    {}["k"]
