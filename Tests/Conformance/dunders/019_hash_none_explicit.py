# checks __hash__ = None makes instances unhashable with the type name
class Frozen:
    __hash__ = None
print(Frozen.__hash__)
hash(Frozen())
