# checks dicts keep insertion order through updates and deletes
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
del d["a"]
d["a"] = 5
print(d, list(d))
for k, v in d.items():
    print(k, v)
