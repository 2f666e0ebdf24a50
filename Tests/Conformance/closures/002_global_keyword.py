# checks global reads and writes from functions
total = 0
def add(n):
    global total
    total += n
def read():
    return total
add(5)
add(7)
print(total, read())
