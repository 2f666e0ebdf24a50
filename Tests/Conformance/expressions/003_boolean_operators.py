# checks and/or return operands and short-circuit; not
def t(x):
    print("t", x)
    return x
print(0 or "default", "" or 0 or None, 3 and 4, 0 and 1/0)
print(t(0) and t(1))
print(t(2) or t(3))
print(not 0, not [1], not None, not "")
