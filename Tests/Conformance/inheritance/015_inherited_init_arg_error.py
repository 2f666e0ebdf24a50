# checks argument errors name the class that defines __init__
class Base:
    def __init__(self, a, b):
        self.a = a
class Child(Base):
    pass
Child(1)
