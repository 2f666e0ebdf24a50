# checks indexing with negative indices and nested subscripts
xs = [[1, 2], [3, 4]]
print(xs[0][1], xs[-1][-2])
d = {"a": {"b": [10, 20]}}
print(d["a"]["b"][-1])
print("abc"[1], (5, 6, 7)[-1])
