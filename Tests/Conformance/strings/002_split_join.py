# checks split with and without separator and maxsplit, and join
print("a b  c".split(), "a,b,,c".split(","), "a-b-c".split("-", 1))
print("  lead trail  ".split(), "".split(), "".split(","))
print(",".join(["x", "y", "z"]), "".join("abc"), "-".join([]))
print(" ".join(str(i) for i in range(4)))
