# checks __del__ at exit can still use other globals and builtins
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, len(PREFIX))
def helper():
    pass
PREFIX = "abc"
item = Item("item")
print("end of program")
