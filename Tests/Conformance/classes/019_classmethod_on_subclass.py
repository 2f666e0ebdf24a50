# checks classmethod receives the subclass when called through it
class Base:
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    pass
print(Base.make(), Child.make(), Child().make())
