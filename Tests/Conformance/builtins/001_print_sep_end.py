# checks print with sep, end and no arguments
print("a", "b", "c")
print("a", "b", sep="")
print("x", end="")
print("y", end="|\n")
print()
print(1, 2, sep=" - ", end=" END\n")
print(None, True, 1.5)
