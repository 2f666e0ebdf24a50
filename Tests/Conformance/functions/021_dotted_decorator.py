# checks decorators given as dotted names of an object's methods
class Registry:
    def __init__(self):
        self.names = []
    def register(self, f):
        self.names.append(f.__name__)
        return f
registry = Registry()
@registry.register
def alpha():
    return "a"
@registry.register
def beta():
    return "b"
print(registry.names, alpha(), beta())
