# checks string indexing, iteration and len
s = "python"
print(s[0], s[-1], len(s))
for ch in s[:3]:
    print(ch)
print(list("abc"), "".join(reversed(s)))
