# checks AttributeError for a missing instance attribute
class Foo:
    def __init__(self):
        self.name = "foo"
f = Foo()
print(f.name)
print(f.bar)
