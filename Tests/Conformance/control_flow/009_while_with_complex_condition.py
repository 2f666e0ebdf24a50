# checks while conditions with and/or and list mutation
stack = [1, 2, 3]
total = 0
while stack and total < 4:
    total += stack.pop()
print(total, stack)
