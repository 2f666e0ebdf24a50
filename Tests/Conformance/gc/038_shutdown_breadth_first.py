# checks at exit objects reached through globals die breadth-first after the globals
class Item:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
a = Item("a", Item("a.child", Item("a.grandchild")))
b = Item("b", Item("b.child"))
print("end of program")
