# checks * and ** unpacking into builtins like print
items = ["a", "b", "c"]
print(*items)
print(*items, sep="-", end="!\n")
opts = {"sep": ", "}
print(*range(3), **opts)
