# checks type() of values and that id() is stable and distinct
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
a = []
b = []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
print(type(len), type(lambda: 0), type(range(1)))
