# checks objects held by an uncaught exception's traceback die before the globals
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def inner():
    local = Item("inner local")
    raise ValueError("boom")
def outer():
    mine = Item("outer local")
    inner()
g = Item("global")
outer()
