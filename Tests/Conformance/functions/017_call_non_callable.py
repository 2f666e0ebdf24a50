# checks the TypeError for calling a non-callable
x = 5
print("calling")
x()
