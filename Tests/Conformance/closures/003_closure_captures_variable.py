# checks closures capture variables, not values
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([f() for f in fns])
