# checks the TypeError for a missing keyword-only argument
def f(a, *, key):
    return a
f(1)
