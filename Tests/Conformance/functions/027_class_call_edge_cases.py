# checks class calls: __init__ defaults and errors, a non-None __init__ result, __init__ replaced while arguments are evaluated, custom __new__
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

p = Point(1)
q = Point(2, 3)
print(p.x, p.y, q.x, q.y)

class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

def other_init(self, x):
    self.x = ("other", x)

def swap_init():
    Point.__init__ = other_init
    return 7

r = Point(swap_init())
print(r.x)

class Counted:
    made = 0
    def __new__(cls, n):
        Counted.made += 1
        return super().__new__(cls)
    def __init__(self, n):
        self.n = n

c = Counted(4)
print(c.n, Counted.made)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None
        self.depth = depth

n = Node(50)
count = 0
while n is not None:
    count += 1
    n = n.child
print(count)

class Callable:
    def __init__(self, base):
        self.base = base
    def __call__(self, k):
        return self.base + k

add = Callable(10)
print(add(5), list(map(add, [1, 2])))
