# checks a list subclass with its own __init__ and extra attributes
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("nums", [3, 1, 2])
n.sort()
print(n.name, n, n[0], len(n))
