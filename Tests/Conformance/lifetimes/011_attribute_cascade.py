# checks death cascades through attributes after __del__ of the owner
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = Node("root", Node("mid", Node("leaf")))
del root
print("end")
