# checks the default repr and str of instances and classes
class Plain:
    pass
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"), p)
print(Plain, type(p), type(Plain), type(3))
