# checks containers of containers share references
row = [0, 0]
grid = [row, row]
grid[0][0] = 1
print(grid)
safe = [[0, 0] for _ in range(2)]
safe[0][0] = 1
print(safe)
d = {"list": []}
alias = d["list"]
alias.append("x")
print(d)
