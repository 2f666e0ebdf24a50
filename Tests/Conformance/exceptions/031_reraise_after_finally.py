# checks an exception passes through finally and then continues unwinding
def f():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    f()
except KeyError as e:
    print("caught after cleanup", e)
f()
