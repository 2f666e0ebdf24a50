# checks the TypeError for an unexpected keyword argument
def f(a):
    return a
f(a=1, b=2)
