# checks str and repr of nested containers with strings
print([1, "a", None, 2.5, True])
print({"k": [1, (2, "b")]}, (1,), ())
print(str(["x"]), repr("x"), str("x"))
print({1: "one"}, set(), {3})
