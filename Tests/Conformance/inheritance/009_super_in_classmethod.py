# checks super() inside classmethods and overriding class attributes
class Base:
    label = "base"
    @classmethod
    def describe(cls):
        return "I am " + cls.label
class Sub(Base):
    label = "sub"
    @classmethod
    def describe(cls):
        return super().describe() + "!"
print(Base.describe(), Sub.describe())
