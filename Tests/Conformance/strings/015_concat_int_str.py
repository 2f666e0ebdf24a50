# checks the TypeError for adding int and str
print(5 + "n")
