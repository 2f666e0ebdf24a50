# checks KeyError messages for missing dict keys
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("caught", e, repr(e))
try:
    d.pop("q")
except KeyError as e:
    print("pop", e)
print(d[("t", 1)])
