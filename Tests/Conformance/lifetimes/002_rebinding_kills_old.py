# checks rebinding a name kills the old object before the next statement
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = Res("first")
x = Res("second")
print("rebound")
x = None
print("cleared")
