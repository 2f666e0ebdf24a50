# checks the IndexError message for strings
s = "abc"
print(s[2])
print(s[3])
