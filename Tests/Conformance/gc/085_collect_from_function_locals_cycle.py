# checks cycles created and dropped inside a function are collected afterwards, __del__ once each
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def build():
    for name in ["p", "q"]:
        n = Node(name)
        n.me = n
    print("build returns")
build()
gc.collect()
print("end")
