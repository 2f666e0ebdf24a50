# checks survivor order after a cycle set aside early in the scan is found reachable later
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
early1 = Node("early1")
early2 = Node("early2")
early1.peer = early2
early2.peer = early1
middle = Node("middle")
middle.me = middle
holder = Node("holder")
holder.me = holder
holder.keep = early1
del early1, early2
gc.collect()
print("first collection done")
late = Node("late")
late.me = late
holder.tail = late
del late, middle
middle = None
holder = None
gc.collect()
print("done")
