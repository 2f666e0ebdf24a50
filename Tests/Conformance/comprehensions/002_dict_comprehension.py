# checks dict comprehensions
print({x: x * x for x in range(4)})
words = ["apple", "bob", "cat"]
print({w: len(w) for w in words if len(w) > 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
