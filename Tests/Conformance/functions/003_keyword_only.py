# checks keyword-only parameters after * and *args
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, flag=True, key=0))
def g(*items, sep="-"):
    return sep.join(items)
print(g("a", "b"), g("a", "b", sep="+"))
f(1, 2)
