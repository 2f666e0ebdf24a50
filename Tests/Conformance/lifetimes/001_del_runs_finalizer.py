# checks del of the only name runs __del__ immediately
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
r = Res("a")
print("before del")
del r
print("after del")
