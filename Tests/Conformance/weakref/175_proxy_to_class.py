# checks a proxy to a class can create instances and read class attributes
import weakref
class Account:
    kind = "checking"
    def __init__(self, owner):
        self.owner = owner
P = weakref.proxy(Account)
acc = P("ada")
print(type(P).__name__, P.kind, acc.owner, type(acc).__name__)
