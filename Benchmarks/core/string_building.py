# String building: f-strings, join and concatenation.
parts = []
for i in range(200000):
    parts.append(f"{i}:{i % 7}")
text = ",".join(parts)
s = ""
for i in range(100000):
    s += "ab"
print(len(text), len(s))
