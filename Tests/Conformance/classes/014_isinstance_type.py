# checks isinstance, type and __name__ for user classes
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), type(b) is B, type(b) is A)
print(isinstance(b, (int, A)), isinstance(3, int), isinstance(True, int), isinstance("s", (list, str)))
