# checks f-strings call __str__ and __repr__ of user classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(f"{m} {m!r} {[m]}")
print(str(m), repr(m))
