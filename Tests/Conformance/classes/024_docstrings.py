# A def's or class body's leading string is its __doc__; without one, __doc__ is None.
def f():
    """Function doc."""
    return 1
def g():
    return 2
class K:
    """Class doc."""
class L:
    pass
print(f.__doc__, g.__doc__)
print(K.__doc__, L.__doc__)
print(K().__doc__)
class M:
    """Doc first."""
    x = 1
    def m(self):
        "method doc"
class N:
    y = 2
    def n(self):
        pass
print(M.m.__doc__, N.n.__doc__, (lambda: 0).__doc__)
print(type("T", (), {}).__doc__)
