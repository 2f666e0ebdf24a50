# checks plain, stacked and parameterised decorators
def shout(f):
    def wrapper(*args):
        return f(*args).upper()
    return wrapper
def prefix(p):
    def deco(f):
        def wrapper(*args):
            return p + f(*args)
        return wrapper
    return deco
@prefix(">> ")
@shout
def hello(name):
    return "hello " + name
print(hello("ada"), hello.__name__)
