# checks a class with __init__, attributes and methods
class Account:
    bank = "course bank"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
a = Account("ada")
print(a.owner, a.balance, a.deposit(10), a.deposit(5), a.bank, Account.bank)
