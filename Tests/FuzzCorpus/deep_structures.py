# Deep data structures: building, printing and freeing them must not overflow the native stack.
x = None
for i in range(200000):
    x = [x]
y = {}
for i in range(100000):
    y = {"k": y}
print(type(x).__name__, len(str(1)))
del x, y
print("freed")
