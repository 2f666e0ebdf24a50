# checks the TypeError for an operator on a user class without the dunder
class Thing:
    pass
print(Thing() == Thing())
Thing() + 1
