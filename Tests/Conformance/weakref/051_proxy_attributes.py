# checks a proxy forwards attribute reads, writes and deletes
import weakref
class Account:
    def __init__(self):
        self.balance = 10
a = Account()
p = weakref.proxy(a)
print(p.balance)
p.balance = 20
p.owner = "ada"
print(a.balance, a.owner)
del p.owner
print(hasattr(a, "owner"), hasattr(p, "balance"))
