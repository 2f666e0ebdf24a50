# checks when locals die as an exception unwinds through many frames and when its traceback goes away
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def level(n):
    first = Noisy("first-%d" % n)
    second = Noisy("second-%d" % n)
    if n == 0:
        raise ValueError("bottom")
    return level(n - 1)

try:
    level(3)
except ValueError as e:
    print("caught", e)
print("after except")

def keep(n):
    a = Noisy("a-%d" % n)
    b = Noisy("b-%d" % n)
    if n == 0:
        return "done"
    return keep(n - 1)

print(keep(2))

def swallow(n):
    x = Noisy("x-%d" % n)
    try:
        level(n)
    except ValueError:
        print("swallowed at", n)
    return n

print(swallow(1))
print("end")
