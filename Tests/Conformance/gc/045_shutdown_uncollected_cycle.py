# checks a cycle never collected during the run is collected at exit
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Node("a")
a.me = a
del a
keep = Node("kept")
print("end of program")
