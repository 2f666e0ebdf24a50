# checks finally runs when returning and can override the return value
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
print(f(), g())
