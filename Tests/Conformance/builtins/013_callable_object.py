# checks callable() and object() instances
o = object()
print(callable(o), callable(object), callable(print), type(o).__name__)
print(repr(o).startswith("<object object at 0x"))
o.attr = 1
