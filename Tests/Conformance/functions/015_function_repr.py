# checks the repr of functions and lambdas
def top():
    pass
def outer():
    def inner():
        pass
    return inner
print(top)
print(outer())
print(lambda: 0)
