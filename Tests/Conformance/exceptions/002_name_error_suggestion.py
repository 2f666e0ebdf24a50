# checks NameError with a Did you mean suggestion for a close global
total = 10
print(total)
print(totl)
