# checks names starting with an underscore get no special treatment at exit
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
_private = Item("_private")
public = Item("public")
_another = Item("_another")
print("end of program")
