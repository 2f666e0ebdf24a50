# checks user exception classes, their args and str
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("missing " + name)
        self.name = name
try:
    raise NotFound("cfg")
except AppError as e:
    print(type(e).__name__, e, e.args, e.name, isinstance(e, Exception))
raise NotFound("db")
