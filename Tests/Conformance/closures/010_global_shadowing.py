# checks local names shadow globals without changing them
name = "global"
def f():
    name = "local"
    return name
print(f(), name)
def g():
    return name
print(g())
