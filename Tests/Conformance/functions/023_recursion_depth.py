# checks how deep plain, method and __init__ recursion gets before RecursionError, and that calls work after it
depth = 0
def down(n):
    global depth
    depth = n
    return down(n + 1)

try:
    down(1)
except RecursionError as e:
    print("function", depth, e)

class Walker:
    def step(self, n):
        global depth
        depth = n
        return self.step(n + 1)

try:
    Walker().step(1)
except RecursionError as e:
    print("method", depth, e)

class Nest:
    def __init__(self, n):
        global depth
        depth = n
        self.inner = Nest(n + 1)

try:
    Nest(1)
except RecursionError as e:
    print("init", depth, e)

def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc * n)

print(fact(300) % 1000003)
print(down.__name__, fact(5))
