# checks the TypeError for adding int and str
n = 5
print(str(n) + "n", n + len("n"))
print(5 + "n")
