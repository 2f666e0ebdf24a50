# checks RecursionError can be caught and the program continues
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print("caught:", e)
print("continuing")
