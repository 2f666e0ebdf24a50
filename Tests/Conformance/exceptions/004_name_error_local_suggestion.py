# checks NameError suggesting a local variable inside a function
def f():
    counter = 1
    return countr
f()
