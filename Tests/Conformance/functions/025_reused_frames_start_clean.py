# checks that a function's locals start unbound on every call, after returns, exceptions and recursion
def maybe(flag):
    if flag:
        value = "set"
    return value

print(maybe(True))
try:
    print(maybe(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def fails(flag):
    if flag:
        kept = [1, 2, 3]
        raise ValueError("boom")
    return kept

try:
    fails(True)
except ValueError as e:
    print("ValueError:", e)
try:
    fails(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deep(n):
    if n == 0:
        return later
    later = n
    return deep(n - 1)

try:
    deep(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def other(a, b, c=3):
    d = a + b + c
    return d

print(other(1, 2), other(1, 2, 4), maybe(True))
