# checks two closures share one cell
def pair():
    v = 0
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put
get, put = pair()
put(42)
print(get())
put("x")
print(get())
