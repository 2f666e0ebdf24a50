# checks at exit a cycle of instances held by a global dies with the collector's order
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def helper():
    pass
root = Node("root")
root.child = Node("child")
root.child.parent = root
other = Node("other")
print("end of program")
