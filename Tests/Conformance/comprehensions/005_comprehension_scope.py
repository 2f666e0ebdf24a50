# checks comprehension variables do not leak and see enclosing names
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
