# checks at exit, clearing the globals' cycle kills members in CPython's order (weakrefs made in __del__)
import weakref
refs = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        refs.append(weakref.ref(self, lambda r, n=self.name: print("dead", n)))
def link(x, y):
    x.next = y
a = Node("a")
b = Node("b")
c = Node("c")
link(a, b)
link(b, c)
link(c, a)
keep = Node("keep")
print("end of program")
