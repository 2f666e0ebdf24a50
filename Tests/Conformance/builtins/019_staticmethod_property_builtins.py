# checks staticmethod, classmethod and property used as plain calls
class C:
    def _get(self):
        return "got"
    value = property(_get)
    def _s(x):
        return x * 2
    twice = staticmethod(_s)
    def _c(cls):
        return cls.__name__
    name = classmethod(_c)
print(C().value, C.twice(4), C.name(), type(C.value).__name__)
