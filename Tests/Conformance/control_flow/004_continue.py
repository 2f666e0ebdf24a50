# checks continue in for and while loops
for i in range(6):
    if i % 2:
        continue
    print("for", i)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
