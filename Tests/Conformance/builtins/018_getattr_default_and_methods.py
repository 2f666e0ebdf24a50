# checks getattr returns bound methods and defaults
s = "hello"
up = getattr(s, "upper")
print(up(), getattr(s, "missing", None), getattr([], "append") is not None)
class A:
    x = 1
print(getattr(A, "x"), getattr(A(), "x"), hasattr(A, "y"))
