# checks default parameter values, including the shared mutable default
def greet(name, greeting="Hello"):
    return greeting + ", " + name
print(greet("Ada"), greet("Bob", "Hi"), greet(greeting="Yo", name="Cy"))
def collect(x, into=[]):
    into.append(x)
    return into
print(collect(1), collect(2))
print(collect(3, []))
