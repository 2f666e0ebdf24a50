# checks the TypeError for adding str and int
print("n=" + str(5))
print("n=" + 5)
