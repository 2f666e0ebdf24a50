# checks closures made at every level of a recursion, and recursion through a closure cell
def make_counters(n):
    if n == 0:
        return []
    def counter():
        return n * 10
    return [counter] + make_counters(n - 1)

print([c() for c in make_counters(5)])

def outer(limit):
    calls = []
    def walk(k):
        calls.append(k)
        if k < limit:
            walk(k + 1)
    walk(0)
    return calls

print(outer(6))

def capture_param(x):
    def get():
        return x
    if x > 0:
        inner = capture_param(x - 1)
        return [get()] + inner
    return [get()]

print(capture_param(4))

def adder(a):
    return lambda b: a + b if b < 3 else adder(a + 1)(b - 1)

print(adder(1)(6))
