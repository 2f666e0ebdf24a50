# checks lambda with defaults, closures and immediate calls
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "now")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(add.__name__)
