# dict() and update() from sequences that are not pairs: CPython's messages
for bad in ([1], [(1, 2, 3)], ["ab", "c"], [[1]]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
try:
    d.update([(1, 2), 5])
except TypeError as e:
    print("update:", e, d)
print(dict(["ab", "cd"]))
