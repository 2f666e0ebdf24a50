# checks an exception class overriding __str__ in the traceback
class Bad(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Bad()
except Bad as e:
    print(str(e), repr(e))
raise Bad(1, 2)
