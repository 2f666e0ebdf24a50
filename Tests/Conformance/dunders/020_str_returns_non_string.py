# checks __str__ returning a non-string raises TypeError
class Bad:
    def __str__(self):
        return 42
print("ok")
str(Bad())
