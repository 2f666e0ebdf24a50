# checks the ValueError for an invalid format code
v = "text"
print(f"{v:>6}")
print(f"{v:d}")
