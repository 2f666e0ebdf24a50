# checks UnboundLocalError for a local read before assignment
def f():
    print("start")
    print(value)
    value = 3
f()
