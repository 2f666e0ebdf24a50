# A dict made empty joins the collector's list when the first object goes in, not when it
# is made: that is its place in the order in which a cycle's pieces are cleared.
import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)

registry = {}
first = Node("first")
first.peer = first
registry["x"] = Node("held")
later = Node("later")
later.peer = later
table = {1: 2}
table["n"] = Node("in table")
box = [registry, table]
box.append(box)
del first, later, registry, table, box
print("collected", gc.collect() > 0)
print("end")
