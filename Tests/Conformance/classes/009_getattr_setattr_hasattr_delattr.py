# checks the attribute builtins on instances
class Bag:
    pass
b = Bag()
setattr(b, "x", 1)
print(getattr(b, "x"), getattr(b, "y", "default"), hasattr(b, "x"), hasattr(b, "y"))
delattr(b, "x")
print(hasattr(b, "x"))
getattr(b, "x")
