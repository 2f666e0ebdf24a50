# At exit the globals' objects die in the collector's order, where a dict made empty
# counts from the moment it first held an object.
class Image:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

cache = {}
cache["a"] = Image("a")
b = Image("b")
cache["c"] = Image("c")
others = []
others.append(Image("d"))
e = Image("e")
print("end")
