# checks an exception propagating through several frames ends with status 1
def a():
    return b()
def b():
    return c()
def c():
    return [1, 2][5]
print("calling")
a()
