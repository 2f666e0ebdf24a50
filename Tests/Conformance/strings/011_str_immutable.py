# checks item assignment on str raises TypeError
s = "abc"
t = s.upper()
print(s, t)
s[0] = "z"
