# checks AttributeError through a live proxy names the real class
import weakref
class Account:
    def __init__(self):
        self.balance = 1
a = Account()
p = weakref.proxy(a)
p.nothing
