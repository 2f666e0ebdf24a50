import weakref

class Plain:
    pass

class WithNew:
    def __new__(cls):
        print("new", cls.__name__)
        return super().__new__(cls)

class MyRef(weakref.ref):
    def __call__(self):
        print("MyRef called")
        return super().__call__()

p = Plain()
r = weakref.ref(p)
print(r() is p, type(r()).__name__)
m = MyRef(p)
print(m() is p)
w = WithNew()
print(type(w).__name__)
del p
print(r(), m())
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
print(list((1, 2)), tuple([3]), dict([(1, 2)]), str(5), int("7"), type(3).__name__)
print(range(3)[1], len(list(range(4))), bool(), float(2))
items = [Plain() for _ in range(3)]
print(len(items), sorted(set([3, 1, 2])))

def deep(n):
    if n == 0:
        return Plain()
    return deep(n - 1)
print(type(deep(50)).__name__)

def forever():
    return Plain() if False else forever()
try:
    forever()
except RecursionError as e:
    print("RecursionError:", e)

f = frozenset()
print(f, weakref.ref(f)() is f)
