# checks upper and lower on mixed strings
s = "Hello, World 42"
print(s.upper(), s.lower(), s)
print("".upper(), "ÄB".lower())
