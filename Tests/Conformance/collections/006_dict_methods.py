# checks dict get, keys, values, items, pop, setdefault, update, clear, copy
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "none"), d)
d.update({"x": 10}, y=20)
d.update([("w", 0)])
print(d)
e = d.copy()
d.clear()
print(d, e, len(e))
