# checks user-added attributes on exception instances
class HttpError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code
try:
    raise HttpError(404)
except HttpError as e:
    print(e.code, e, e.args)
