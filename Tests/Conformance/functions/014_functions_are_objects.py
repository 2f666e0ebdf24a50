# checks functions as values: stored, passed, compared, named
def double(x):
    return x * 2
ops = {"d": double, "n": abs}
print(ops["d"](4), ops["n"](-3), callable(double), callable(3))
alias = double
print(alias is double, alias.__name__, list(map(double, [1, 2])))
