# checks keys/items views are live and support len and in
d = {1: "a", 2: "b"}
keys = d.keys()
items = d.items()
d[3] = "c"
print(len(keys), 3 in keys, (1, "a") in items, list(d.values()))
print(sorted(keys), dict(zip("xy", [1, 2])), dict(a=1, b=2))
