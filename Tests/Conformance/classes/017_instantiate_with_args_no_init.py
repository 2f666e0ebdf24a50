# checks TypeError when passing arguments to a class without __init__
class Empty:
    pass
print(type(Empty()).__name__)
Empty(1)
